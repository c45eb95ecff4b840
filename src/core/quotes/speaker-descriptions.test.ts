import { describe, expect, it } from 'vitest';
import { findEntities } from '../entities/find-entities';
import { modelFromBlocks } from '../text-model';
import { findQuotes } from './find-quotes';

/** The speaker of the story's last quotation. */
function lastSpeaker(...paragraphs: string[]): string | null | undefined {
  const model = modelFromBlocks(paragraphs.map((text) => ({ kind: 'paragraph' as const, text })));
  return findQuotes(model, findEntities(model)).at(-1)?.speaker;
}

/** Speakers a story refers to by a description after their name: a nationality, an age group, an informal role. */
describe('speakers named by a description', () => {
  it.each([
    ['the subject of the sentence before, for "the Spaniard said"', ['Marco Duarte scored twice for the visitors.', 'Duarte refused to blame the referee. “We lose together,” the Spaniard said.'], 'Marco Duarte'],
    ['the man named just before, for "the Dutchman said"', ['Ruth Amsel, the home coach, was furious.', 'Her rival, Peter Akkerman, saw it differently. “It was a clear penalty,” the Dutchman said.'], 'Peter Akkerman'],
    ['the person the story gave a teenage age, for "the teenager said"', ['Tom Hale, 52, coaches the club. Ana Roe, 17, won the race.', '“I just ran,” the teenager told reporters.'], 'Ana Roe'],
    ['the person a body’s manager was, for "the club’s boss said"', ['“We were poor,” said the Kelvin Vale manager, Ian Dale.', 'Tom Akers scored the winner, according to Dale. “Tom was brilliant,” the Kelvin Vale boss said.'], 'Ian Dale'],
    ['the person, not a body after an opening preposition, for "…, adding: “…”"', ['At Harbour Bank, chief economist Ida Berg told clients a cut was “not a done deal”, adding: “We decide meeting by meeting.”'], 'Ida Berg'],
    ['the person named in the sentence after, for "That is how X puts it"', ['Ada Quist has studied the ice for years.', 'Tom Hale runs the hut.', '“The models are clear.” That is how Ada Quist, a hydrologist at the Nordvik Institute, puts it.'], 'Ada Quist'],
    ['the person the story is about, not a mayor named last, for "the Republican candidate said"', ['Tom Hale wants to be governor. Hale spoke in Brackley on Monday, and Hale will speak again on Friday.', 'Hale urged Mayor Rita Vance to hire more police. Vance refused.', '“We need more officers on the street,” the Republican candidate said.'], 'Tom Hale'],
    ['the person named with the same qualifier, for "the Democratic candidate said"', ['Democratic front-runner Ana Roe toured the plant on Monday. Her rival, Tom Hale, stayed home, and Hale says he will campaign later.', 'Hale spoke in Brackley after Mayor Rita Vance.', '“We will win,” the Democratic candidate said.'], 'Ana Roe'],
  ])('finds %s', (_form, paragraphs, speaker) => {
    expect(lastSpeaker(...paragraphs)).toBe(speaker);
  });

  it('finds the holder the story names further on, for a role owned by a country as a clause’s subject', () => {
    const model = modelFromBlocks([
      { kind: 'paragraph', text: 'Norway’s ambassador to Chile accused the press of bias and warned that the government “will not stay silent”.' },
      { kind: 'paragraph', text: 'Tom Hale, a reporter, disagreed.' },
      { kind: 'paragraph', text: 'Norway’s ambassador to Chile Qiao Wenjun has said that the talks will go on.' },
    ]);
    expect(findQuotes(model, findEntities(model))[0]?.speaker).toBe('Qiao Wenjun');
  });

  it('finds the person a headline’s role without its article stands for, for "‘…’, says embattled minister"', () => {
    const model = modelFromBlocks([
      { kind: 'headline', text: '‘I will not resign’, says embattled minister' },
      { kind: 'paragraph', text: 'The minister, Tom Hale, has said he will not step down despite losing the vote.' },
    ]);
    expect(findQuotes(model, findEntities(model))[0]?.speaker).toBe('Tom Hale');
  });
});
