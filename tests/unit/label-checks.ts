/**
 * What every set of entity labels must hold, whoever made it: a form that is not in the story can never
 * be found, and a speaker that is no labelled entity can never be right. Shared by the label tests of
 * the held-out pages, the modern layouts and the real-news stories.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { expect } from 'vitest';
import type { Label } from '../../scripts/eval/score.mjs';

/** Every `.json` label of a folder. */
export function readLabels<T extends Label = Label>(dir: string): T[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as T);
}

/** Text without its white space (and soft hyphens), so that block and line boundaries do not matter. */
export const squeeze = (text: string) => text.replace(/[\s\u00AD]+/gu, '');

export const entitiesOf = (label: Label) => [...label.people, ...label.places, ...label.organizations];

/** An HTML page's visible text, squeezed. */
export function pageText(file: string): string {
  const { document } = new JSDOM(readFileSync(file, 'utf8'), { virtualConsole: new VirtualConsole() }).window;
  for (const element of document.querySelectorAll('script, style, noscript, template')) element.remove();
  return squeeze(document.body?.textContent ?? '');
}

/** Expects every speaker to be a labelled entity, no entity name twice, and every entity an alias. */
export function expectSpeakersAreEntities(label: Label): void {
  const names = entitiesOf(label).map((entity) => entity.name);
  expect(new Set(names).size).toBe(names.length);
  for (const quote of [...label.quotes, ...(label.optional_quotes ?? [])]) {
    if (quote.speaker !== null) expect(names).toContain(quote.speaker);
  }
  for (const entity of entitiesOf(label)) expect(entity.aliases.length).toBeGreaterThan(0);
}

/**
 * The label's aliases, optional strings, excluded segments and quotations that `squeezedText` does not
 * hold. A quotation over several paragraphs has marks between them in the story: it is checked
 * sentence by sentence.
 */
export function absentForms(label: Label, squeezedText: string): string[] {
  return [
    ...entitiesOf(label).flatMap((entity) => entity.aliases),
    ...(label.optional ?? []),
    ...(label.excluded_segments ?? []),
    ...[...label.quotes, ...(label.optional_quotes ?? [])].flatMap((quote) => quote.text.split(/(?<=[.?!]) /u)),
  ].filter((form) => !squeezedText.includes(squeeze(form)));
}
