import { describe, expect, test } from 'vitest';
import type { Entity } from '../entities/entity';
import type { BlockKind, Span, TextModel } from '../text-model';
import { modelFromBlocks } from '../text-model';
import { SUMMARY_WINDOW, summariseStory } from './summarise-story';

const story = (headline: string, ...paragraphs: string[]) =>
  modelFromBlocks([{ kind: 'headline' as BlockKind, text: headline }, ...paragraphs.map((text) => ({ kind: 'paragraph' as BlockKind, text }))]);
const texts = (model: TextModel, spans: readonly Span[]) => spans.map(({ start, end }) => model.text.slice(start, end));

/** An entity with a mention at every place its name occurs in the text. */
function entity(model: TextModel, id: string, name: string): Entity {
  const mentions: Span[] = [];
  for (let at = model.text.indexOf(name); at >= 0; at = model.text.indexOf(name, at + 1)) mentions.push({ start: at, end: at + name.length });
  return { id, type: 'person', name, aliases: [name], mentions };
}

const filler = [
  'The committee met for the third time this month to review the proposal in detail.',
  'Several members asked for more time to study the figures before any vote is taken.',
  'A final decision is not expected until the spring, according to the published timetable.',
  'Residents who attended the hearing were divided on the merits of the plan.',
  'The next public meeting will be held in the library on the first Monday of the month.',
  'Copies of the full report are available from the council offices on request.',
  'Officials said the consultation had drawn more responses than any in recent years.',
];

describe('summariseStory', () => {
  test('chooses whole sentences, in story order, never cut at an abbreviation', () => {
    const model = story(
      'Harbour plan approved',
      'Mr. Dale Okoro, the U.S.-born engineer behind the harbour plan, won approval from the council on Tuesday after a two-year campaign.',
      ...filler,
      'Work on the new sea wall will begin in Jan. 2027 and take about three years to complete.',
    );
    const chosen = texts(model, summariseStory(model, []));
    expect(chosen.length).toBeGreaterThanOrEqual(2);
    expect(chosen.length).toBeLessThanOrEqual(4);
    expect(chosen[0]).toBe(
      'Mr. Dale Okoro, the U.S.-born engineer behind the harbour plan, won approval from the council on Tuesday after a two-year campaign.',
    );
    for (const sentence of chosen) expect(sentence).toMatch(/^[A-Z“"].*[.!?”"]$/);
    const positions = chosen.map((sentence) => model.text.indexOf(sentence));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  test('never gives two sentences that say the same thing', () => {
    const lede = 'The city council approved a new levy for buses on Tuesday after seven hours of debate.';
    const model = story('Bus levy approved', lede, 'On Tuesday the city council approved a new levy for buses after seven hours of debate.', ...filler);
    const chosen = texts(model, summariseStory(model, []));
    expect(chosen).toContain(lede);
    expect(chosen).not.toContain('On Tuesday the city council approved a new levy for buses after seven hours of debate.');
  });

  test('the story\'s main entities outweigh a small lead in position', () => {
    const a = 'Maria Lindqvist told the committee that the harbour project was running ahead of schedule.';
    const b = 'A spokesman told the committee that the harbour project was running ahead of its budget.';
    const model = story(
      'Lindqvist defends harbour project',
      'The harbour project faced fresh questions from the committee on Thursday.',
      b,
      a,
      'Maria Lindqvist has led the harbour authority since 2019.',
      'Lindqvist said she would publish the accounts in full.',
      ...filler,
    );
    const withEntities = texts(model, summariseStory(model, [entity(model, 'person-1', 'Lindqvist')]));
    expect(withEntities).toContain(a);
    expect(withEntities).not.toContain(b);
    // position alone would take the earlier sentence
    const positionOnly = { position: 1, centrality: 0, headline: 0, entities: 0 };
    expect(texts(model, summariseStory(model, [], positionOnly))).toContain(b);
    // with no entity list, capitalised names stand in and still favour the sentence naming her
    expect(texts(model, summariseStory(model, []))).not.toContain(b);
  });

  test('skips bracketed promos and half-quoted fragments', () => {
    const model = story(
      'Storm closes schools',
      'A winter storm closed schools across the region on Monday as snow fell for a second day.',
      '[Get the day’s top stories in your inbox every morning.]',
      '“We have never seen anything like it in this valley, not in forty years.',
      'Road crews worked through the night to clear the main highways, the transport agency said.',
      ...filler,
    );
    const chosen = texts(model, summariseStory(model, []));
    expect(chosen.some((s) => s.startsWith('['))).toBe(false);
    expect(chosen.some((s) => s.startsWith('“We have never'))).toBe(false);
  });

  test('a story of one or two sentences gives what it has; an empty one gives nothing', () => {
    const one = story('Short', 'Only one sentence is in this very short story about nothing much.');
    expect(texts(one, summariseStory(one, []))).toEqual(['Only one sentence is in this very short story about nothing much.']);
    expect(summariseStory(modelFromBlocks([]), [])).toEqual([]);
    // labels and datelines a reader kept are not sentences of the story
    expect(summariseStory(story('Labels', 'Image', 'Feb. 21, 2019', 'Advertisement'), [])).toEqual([]);
  });

  test('leaves out captions, the headline and highlights', () => {
    const model = modelFromBlocks([
      { kind: 'headline', text: 'Headline sentence that should never be chosen as a highlight.' },
      { kind: 'highlight', text: 'A highlight sentence that is not part of the body text.' },
      { kind: 'paragraph', text: filler.slice(0, 4).join(' ') },
      { kind: 'caption', text: 'A photo caption that describes the picture above the story.' },
      { kind: 'paragraph', text: filler.slice(4).join(' ') },
    ]);
    const chosen = texts(model, summariseStory(model, []));
    expect(chosen.length).toBeGreaterThanOrEqual(2);
    for (const sentence of chosen) expect(filler).toContain(sentence);
  });
});

describe('summariseStory and captions', () => {
  test('a photo caption the reader kept as a paragraph is not a highlight', () => {
    const caption = 'In this photo taken on Tuesday, the rocket stands on the launch pad. It broke up minutes after launch. (Jane Doe/AP Photo)';
    const model = story(
      'Cargo ship lost',
      caption,
      'An unmanned cargo ship bound for the space station broke up over Siberia on Thursday, the space agency said.',
      ...filler,
    );
    const chosen = texts(model, summariseStory(model, []));
    expect(chosen[0]).toBe('An unmanned cargo ship bound for the space station broke up over Siberia on Thursday, the space agency said.');
    for (const sentence of chosen) expect(caption).not.toContain(sentence);
  });
});

describe('summariseStory on a very long story', () => {
  test('gets four whole-sentence highlights from its opening, the same as its opening alone would get', () => {
    const opening = Array.from({ length: SUMMARY_WINDOW / 4 }, (_, i) => [
      `Delegates from ${i + 2} regions met in the harbour city on day ${i + 1} of the summit on fishing rights.`,
      ...filler.slice(i % 4, (i % 4) + 3),
    ].join(' '));
    // far past the opening: a sentence made of the headline's words, which would rank high if read
    const rest = Array.from({ length: 2_000 }, (_, i) => (i % 2 ? 'Fishing rights summit ends in harbour city deal on fishing rights, the summit said.' : filler[4 + (i % 3)]) as string);
    const short = story('Fishing rights summit in harbour city', ...opening);
    const long = story('Fishing rights summit in harbour city', ...opening, ...rest);
    const chosen = texts(long, summariseStory(long, []));
    expect(chosen).toHaveLength(4);
    expect(chosen).toEqual(texts(short, summariseStory(short, [])));
    expect(chosen).not.toContain(rest[0]);
  });

  test('a block thousands of characters long without a full stop is never a highlight', () => {
    const block = `Serial numbers of the recalled units follow ${'AB12CD34EF'.repeat(600)} and more.`;
    const model = story('Recall widened', block, ...filler);
    const chosen = texts(model, summariseStory(model, []));
    expect(chosen.length).toBeGreaterThanOrEqual(2);
    for (const sentence of chosen) expect(filler).toContain(sentence);
  });
});

