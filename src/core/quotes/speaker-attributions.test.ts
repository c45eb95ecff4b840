import { describe, expect, it } from 'vitest';
import { findEntities } from '../entities/find-entities';
import { modelFromBlocks } from '../text-model';
import { findQuotes } from './find-quotes';

/** The speakers of the story's quotations, in order. */
function speakers(...paragraphs: string[]): (string | null | undefined)[] {
  const model = modelFromBlocks(paragraphs.map((text) => ({ kind: 'paragraph' as const, text })));
  return findQuotes(model, findEntities(model)).map((quote) => quote.speaker);
}

/** Attributions after a quotation that put the verb first, or far from the quotation. */
describe('speakers of attributions after the quotation', () => {
  it('finds the speaker after a present-tense inverted verb, and keeps them for the next paragraph', () => {
    expect(
      speakers(
        'The team met in June.',
        '“We rebuilt the engine twice, and then a third time,” comments Tilda Marsh of the design group.',
        '“Then we tested it in the desert for a month.”',
      ),
    ).toEqual(['Tilda Marsh', 'Tilda Marsh']);
  });

  it('keeps the speaker for a paragraph that opens on a quotation of whole sentences, then goes on', () => {
    expect(speakers('The team met in June.', '“If the data held, we could predict the result,” explains Dr. Tilda Marsh.', '“We used a method from older studies, which tied the two together.” The method was simple.')).toEqual([
      'Tilda Marsh',
      'Tilda Marsh',
    ]);
  });

  it('gives a pull quotation the person printed alone on the line after it', () => {
    expect(speakers('The team met in June.', 'Lev Adair studied the data for a year.', '“Put simply, knowing follows the same path as choosing.”', 'Tilda Marsh, Ph.D.', 'In other words, the study shows when the moment comes.')).toEqual([
      'Tilda Marsh',
    ]);
  });

  it('finds the speaker after "explains" in a quotation broken by its attribution', () => {
    expect(speakers('The crew trained for a year.', '“Cold sleep would change long flights,” explains Tilda Marsh. “We could carry far less food.”')).toEqual([
      'Tilda Marsh',
      'Tilda Marsh',
    ]);
  });

  it('reads "has written" after a name and its apposition as a verb of saying', () => {
    expect(
      speakers(
        'Tariffs are paid by importers.',
        '“If the city taxes imported bikes, the importer pays the tax at the port,” Tom Hale, a senior fellow at the Harbour Policy Institute, has written. “The foreign maker pays nothing.”',
      ),
    ).toEqual(['Tom Hale', 'Tom Hale']);
  });

  it('reaches the verb past a long apposition of places and roles after the name', () => {
    expect(
      speakers(
        'The model ran for a year.',
        '“Experiments like this work well when you get out more than you put in,” Ana Ruiz, a postdoctoral research fellow at the Northern Atlantic Institute for Physical Oceanography in Bergen, Norway, and co-author of the study, said in a statement. “In our model, we see currents nobody programmed.”',
      ),
    ).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  it('finds "said X" after a participle of the quotation’s own, not the name inside it', () => {
    expect(
      speakers(
        'Talks resume on Monday.',
        '“The mayor wants a bigger deal. Bigger than the little deal” announced by Ian Dale in May, said Tom Hale, a planning scholar with the Harbour Institute in Leeds.',
      ),
    ).toEqual(['Tom Hale']);
  });

  it('reads the attribution on past a one-word name in marks before a role', () => {
    expect(speakers('Ana Roe joined the cast in May. The actress moved to Leeds.', '“Dancing is harder than acting,” the “Glow” actress said on the show.')[0]).toBe('Ana Roe');
  });
});

/** Words before a quotation that look like a verb of saying, or a name, and are not its attribution. */
describe('speakers of attributions before the quotation', () => {
  it('reads a word of saying owned by a name as a noun, not a verb ("Hale’s call")', () => {
    expect(speakers('Tom Hale met Ana Roe on Monday.', 'A career officer described Hale’s call with Roe as “improper.”')).toEqual([null]);
  });

  it('gives a relative clause on an unnamed role no one, not the name earlier in the sentence', () => {
    expect(speakers('Tom Hale met Ana Roe on Monday.', 'Hale’s hearing follows the testimony of four officials, including a career officer who described the meeting as “improper.”')).toEqual([null]);
  });

  it('gives the unnamed authors of a work no one, not the journal that published it', () => {
    expect(speakers('Teenagers in four states took part.', 'The authors of the study published in the journal Ocean Health Letters argued that the rules have brought “real benefits.”')).toEqual([null]);
  });

  it('gives "it" after "said" the subject of "said", not the body named last', () => {
    expect(speakers('The Harbour Council met the Tarn Trust on Monday.', 'Norway’s foreign ministry said it viewed the plan as “another step back.”')).toEqual([null]);
  });
});
