import { describe, expect, it } from 'vitest';
import { findEntities } from '../entities/find-entities';
import { modelFromBlocks } from '../text-model';
import { findQuotes } from './find-quotes';

/** The speakers of the story's quotations, in order. */
function speakers(...paragraphs: string[]): (string | null | undefined)[] {
  const model = modelFromBlocks(paragraphs.map((text) => ({ kind: 'paragraph' as const, text })));
  return findQuotes(model, findEntities(model)).map((quote) => quote.speaker);
}

/** Quotations credited to a source without a verb of saying: a possessive phrase, a document, a platform's user. */
describe('speakers credited without a verb of saying', () => {
  it('credits a phrase to the name that owns it, in parentheses or after "to borrow"', () => {
    expect(speakers('Rents climbed all year, as if there were (in economist Tom Hale’s phrase) “a market for every breath” in the valley.')).toEqual(['Tom Hale']);
    expect(speakers('Jane Roe runs the clinic.', 'The town had become, to borrow Mark Vane’s coinage, “a waiting room with a post office.”')).toEqual(['Mark Vane']);
  });

  it('credits the phrase to the owner, not to another name earlier in the clause', () => {
    expect(speakers('Jane Roe runs the clinic and Mark Vane runs the shop. Roe likes Vane’s term “a waiting room.”')).toEqual(['Mark Vane']);
  });

  it('names no one for the words of a platform’s unnamed user, not the platform', () => {
    expect(speakers('Harbor Rides raised its prices during the storm, and the company was criticised. A wave of anger followed – “@HarborRides stop being greedy,” one Twitter response began – and Harbor Rides soon offered free rides.')).toEqual([null]);
    expect(speakers('Brellin Corp raised its fares. “Shame on you,” one Twitter reply began – and Brellin Corp soon found itself offering free rides.')).toEqual([null]);
    expect(speakers('The mural drew complaints. On one Facebook page an anonymous poster shared a photo and wrote they found it “ugly and rude.”')).toEqual([null]);
  });

  it('still credits a body with a document it issued', () => {
    expect(speakers('Brellin Corp makes ovens. A Brellin Corp statement said, “We are sorry.”')).toEqual(['Brellin Corp']);
  });

  it('reads "began" closing its clause as a verb of saying, and "found itself" as none', () => {
    expect(speakers('The crowd was quiet. “We will not leave,” one placard began – and Brellin Corp found itself answering questions.')).toEqual([null]);
    expect(speakers('The crowd was quiet. “We will not leave,” Jane Roe began, and the room fell silent.')).toEqual(['Jane Roe']);
  });

  it('credits a post to the outlet named before "magazine", even where the name alone reads as a place', () => {
    expect(speakers('Ana Roe wrote about the show.', 'The tweet from Boston magazine reads, “The show was stopped by a shouting man.”')).toEqual(['Boston']);
    // a paper of the place, in a story where the name is the city's
    expect(speakers('Ana Roe flew to Boston.', 'The crowd left. The Boston newspaper wrote, “We are sorry.”')).toEqual([null]);
  });

  it('names no one for words in a clause after "that" whose subject is an unnamed noun, not the reporter before it', () => {
    expect(speakers('Jane Roe said that censors had urged buyers to “stay calm.”')).toEqual([null]);
    expect(speakers('Jane Roe of the Harbor Times reports that censors had also instructed news sites to “play it down” in their coverage.')).toEqual([null]);
    expect(speakers('Brellin Corp makes ovens. Jane Roe said that the company had urged buyers to “stay calm.”')).toEqual(['Brellin Corp']);
  });
});
