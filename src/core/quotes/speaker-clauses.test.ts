import { describe, expect, it } from 'vitest';
import { findEntities } from '../entities/find-entities';
import { modelFromBlocks } from '../text-model';
import { findQuotes } from './find-quotes';

/** The speakers of the story's quotations, in order. */
function speakers(...paragraphs: string[]): (string | null | undefined)[] {
  const model = modelFromBlocks(paragraphs.map((text) => ({ kind: 'paragraph' as const, text })));
  return findQuotes(model, findEntities(model)).map((quote) => quote.speaker);
}

/** Attributions that stand beyond the clause the quotation ends, or that use no verb of saying. */
describe('speakers named beyond the quotation’s own clause', () => {
  it('reads the attribution after a question that ends its sentence inside the marks, however long it runs', () => {
    expect(
      speakers(
        'The council met on Tuesday. Mayor Dana Whitfield opened the session.',
        '“Who will pay for all of this?” Whitfield asked the crowd at the town hall meeting on Tuesday night, as residents from across the county waited in line to speak.',
      ),
    ).toEqual(['Dana Whitfield']);
  });

  it('reads an exclamation’s inverted verb of manner and the name after it', () => {
    expect(speakers('Hundreds came to see the new pier.', '“This is wonderful!” beamed Tomas Ekwall of Brackley, who drove two hours with his family to be there.')).toEqual(['Tomas Ekwall']);
  });

  it('reads "he went on" after a quotation as a verb of saying', () => {
    expect(
      speakers(
        'Mayor Tom Hale spoke for an hour. “We built the bridge,” Hale said.',
        'Rita Vance, his rival, spoke next.',
        '“We will fix the roads, and we will fix them this year,” he went on.',
      ),
    ).toEqual(['Tom Hale', 'Tom Hale']);
  });

  it('gives "she said" no one after a quotation of a woman the paragraph leaves unnamed, not a woman named before', () => {
    expect(
      speakers(
        '“We love this town,” said Nora Quist, who runs the bakery.',
        'At the pharmacy, a cashier was worried. “People are scared,” said the woman, who asked not to be named. “Too much anger,” she said.',
      ),
    ).toEqual(['Nora Quist', null, null]);
  });

  it('reads "wondered aloud" as a verb of saying', () => {
    expect(speakers('Mayor Tom Hale spoke for an hour.', '“Maybe the difference is the weather,” he wondered aloud, comparing the town with its neighbor.')).toEqual(['Tom Hale']);
  });

  it('reads the short clause that closes a long sentence a fragment opens', () => {
    expect(
      speakers(
        'Tomas Ekwall runs the harbor cafe.',
        '“We are tired and angry” about the delays in the harbor project that have cost the town two summers of trade and visitors from all over the region, Ekwall said.',
      ),
    ).toEqual(['Tomas Ekwall']);
  });

  it('takes the name after a verb inverted after a comma over a name in the words before it', () => {
    expect(speakers('Mayor Dana Whitfield faces a vote.', '“It seems very unlikely” that Whitfield can win the vote, said Ruth Ames, a planner at the harbor board.')).toEqual([
      'Ruth Ames',
    ]);
  });

  it('reads a verb of saying after a comma as one, whatever word stands before the comma', () => {
    expect(speakers('Mayor Dana Whitfield faces a vote.', '“Many would call that a defeat for the mayor” if she won by less than that, said Ruth Ames, a planner at the harbor board.')).toEqual([
      'Ruth Ames',
    ]);
  });

  it('reads the role before "and" as the one a determiner opens: "the … senator and … candidate said"', () => {
    expect(
      speakers(
        'Candidates in both parties spoke about the pier on Tuesday.',
        'Sen. Ruth Ames answered first, criticizing Mayor Tom Hale late on Tuesday.',
        '“The pier has waited long enough,” the Harbor senator and Liberal mayoral candidate said in a statement.',
      ),
    ).toEqual(['Ruth Ames']);
  });
});

describe('words shown or presented rather than said', () => {
  it('gives the words on a sign to whoever holds it up', () => {
    expect(speakers('Hundreds rallied for the pier.', 'At a rally in the square, 12-year-old Lena Ekwall held up a sign that read “Build it now!”')).toEqual(['Lena Ekwall']);
  });

  it('gives the words of a statement to whoever issued it', () => {
    expect(speakers('Mayor Dana Whitfield delayed the vote.', 'Soon after the meeting, Whitfield issued a statement, “The vote will take place in May.”')).toEqual(['Dana Whitfield']);
  });

  it('gives the words someone is introduced with to the one introducing, not to one introduced in the passive', () => {
    expect(
      speakers(
        'Mayor Dana Whitfield opened the session.',
        'Whitfield introduced him as “the best harbor master we ever had” and thanked the crowd.',
        'Ruth Ames was introduced as “our planner for the new pier” by the chair.',
      ),
    ).toEqual(['Dana Whitfield', null]);
  });
});

describe('subjects the attribution rules read past', () => {
  it('reads a pronoun with its auxiliary contracted onto it as the subject of the verb', () => {
    expect(
      speakers(
        'Tom Hale was charged on Monday.',
        'Hale was arrested in May for a call he made to Ruth Ames’s office, in which he said he’d put “a match to the place.”',
      ),
    ).toEqual(['Tom Hale']);
  });
});

describe('pronouns and a job noun in -man', () => {
  it('lets "she" stand for a woman the story calls a spokesman', () => {
    expect(speakers('Tom Hale said the pier would be built by the county. Council spokesman Ruth Roe confirmed that the vote was held. “The work starts in May,” she said.')).toEqual([
      'Ruth Roe',
    ]);
  });
});

describe('people who speak for someone', () => {
  it('gives the words an unnamed spokesman adds to no one, not to the person spoken for', () => {
    expect(
      speakers(
        'Mayor Dana Whitfield will meet the traders, the mayor’s spokesman said.',
        'The spokesman refused to say when, but said no meeting was planned yet, adding: “If one is asked for, we will consider it.”',
      ),
    ).toEqual([null]);
  });
});

describe('bodies as speakers', () => {
  it('gives “they said” after a quotation of several sentences to the body named in apposition before it', () => {
    expect(
      speakers(
        'The singer said the dispute was over.',
        'The company that runs the Harbor Awards, Brightwater Productions, denies that anything has been settled.',
        '“Any agreement must be made with the singer’s team. We have no further comment,” they said.',
      ),
    ).toEqual(['Brightwater Productions']);
  });
});

describe('subjects after opening phrases', () => {
  it('reads the name after an opening phrase that ends in a town and its state as the subject a pronoun stands for', () => {
    expect(
      speakers(
        '“We will close the harbor,” Tom Hale said on Sunday.',
        'The day before, at a rally in Dunmore, Pa., Mr. Ian Rudd was just as blunt, claiming without evidence that the council wanted to sell the pier. “You would have to be mad,” he said.',
      ),
    ).toEqual(['Tom Hale', 'Ian Rudd']);
  });

  it('gives a verb of saying after "and" the subject of the clause before, not a name that clause governs', () => {
    expect(
      speakers(
        'Tom Hale would not say whom he backs.',
        'Four years ago, he supported Ruth Ames over Ian Rudd and said, “Ian Rudd has never done a thing for this harbor.”',
      ),
    ).toEqual(['Tom Hale']);
  });
});

describe('wire datelines', () => {
  it('reads the name after a dateline as the first sentence’s subject', () => {
    expect(
      speakers(
        'HARBORTON (Wire) – Tom Hale said on Friday he met the developer Ian Rudd earlier this week.',
        'While the council would not disclose the cost, he did say he found Rudd to be “very helpful.”',
      ),
    ).toEqual(['Tom Hale']);
  });
});
