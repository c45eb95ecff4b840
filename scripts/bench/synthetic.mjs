// Pinned synthetic inputs built from real paragraphs with a fixed seed: the scaling stories (1k, 10k,
// 100k words) and the catalog stories. Same sources and seed, same text, run after run.

export const SEED = 20161016;

/** mulberry32: a small, fast PRNG with a 32-bit state; deterministic for a seed. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (text) => text.split(/\s+/).filter(Boolean).length;

/**
 * Real prose paragraphs: the text of the `<p>` elements of real pages (read by the browser) with at least
 * 20 words, in page order (a plain rule of our own, not the extractor under test, so the inputs do not
 * move with it).
 */
export function realParagraphs(pTexts) {
  return pTexts.map((text) => text.replace(/\s+/g, ' ').trim()).filter((text) => words(text) >= 20 && !/[{}<>]|©|cookie/i.test(text));
}

/** Titles and abbreviations after which a full stop does not end the sentence. */
const ABBREVIATION = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Prof|Jr|Sr|No|Inc|Co|Corp|Ltd|vs|[A-Z])\.["”’]?$/;

/** Quotation marks balanced within the sentence: no quotation left open to swallow the next one. */
const balanced = (s) => (s.match(/"/g)?.length ?? 0) % 2 === 0 && (s.match(/“/g)?.length ?? 0) === (s.match(/”/g)?.length ?? 0);

/**
 * The sentences of the paragraphs, split after . ! ? (and a closing quotation mark) before a capital,
 * not after a title or an initial; only sentences of 4 words or more with balanced quotation marks.
 */
export function sentencePool(paragraphs) {
  const out = [];
  for (const paragraph of paragraphs) {
    let sentence = '';
    for (const piece of paragraph.split(/(?<=[.!?]["”’]?)\s+(?=["“]?[A-Z])/)) {
      sentence = sentence ? `${sentence} ${piece}` : piece;
      if (ABBREVIATION.test(sentence)) continue;
      out.push(sentence);
      sentence = '';
    }
    if (sentence) out.push(sentence);
  }
  return out.filter((s) => words(s) >= 4 && balanced(s));
}

/** Paragraphs of 2 to 5 sentences drawn at random from the pool until `target` words. */
export function syntheticParagraphs(pool, target, seed) {
  const next = random(seed);
  const out = [];
  let total = 0;
  while (total < target) {
    const count = 2 + Math.floor(next() * 4);
    const sentences = [];
    for (let i = 0; i < count; i++) sentences.push(pool[Math.floor(next() * pool.length)]);
    const text = sentences.join(' ');
    out.push(text);
    total += words(text);
  }
  return out;
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A plain news page around the paragraphs: headline, byline, body, with article metadata. */
export function storyPage(title, paragraphs) {
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, datePublished: '2026-01-01T00:00:00Z' });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(title)} | Bench News</title>
<meta property="og:type" content="article"><script type="application/ld+json">${ld}</script>
<style>body{font:16px/1.5 Georgia,serif;max-width:40em;margin:2em auto}</style></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>${escape(title)}</h1><p class="byline">By Bench Desk</p>
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</article></main><footer><p>Bench News</p></footer></body></html>
`;
}

/**
 * `count` catalog stories of about `words` words each, drawn word by word from the pool's vocabulary
 * (so, unlike sentences, their shingles are their own, as distinct stories' are).
 */
export function randomWordStories(pool, count, words, seed) {
  const next = random(seed);
  const vocabulary = pool.flatMap((s) => s.split(/\s+/)).filter(Boolean);
  const pick = () => vocabulary[Math.floor(next() * vocabulary.length)];
  const stories = [];
  for (let i = 0; i < count; i++) {
    const paragraphs = [];
    for (let p = 0; p < 5; p++) {
      const list = [];
      for (let w = 0; w < words / 5; w++) list.push(pick());
      paragraphs.push(`${list.join(' ')}.`);
    }
    stories.push({ id: `bench-${i}`, title: `Story ${i}: ${pick()} ${pick()} ${pick()}`, paragraphs });
  }
  return stories;
}
