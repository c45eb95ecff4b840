import { describe, expect, it } from 'vitest';
import { entitiesOf, named } from './entities-of';

describe('company verbs', () => {
  it('types a name with no cue word as a company where the clause after it says what only a business does', () => {
    expect(named(entitiesOf('Brindle acquired a rival maker of garden tools last year.'))).toEqual(['organization:Brindle']);
    expect(named(entitiesOf('Quorvex reported quarterly earnings that beat forecasts.'))).toEqual(['organization:Quorvex']);
    expect(named(entitiesOf('Tessaline filed for bankruptcy protection on Monday.'))).toEqual(['organization:Tessaline']);
    expect(named(entitiesOf('Late on Friday, Drayven said its sales had fallen for a third year.'))).toEqual(['organization:Drayven']);
  });
});

describe('company possessions', () => {
  it('reads a plural’s possessive before a company’s things, and a company’s revenue or stake, as a company’s', () => {
    expect(named(entitiesOf('Ana Ruiz, Marvell Dynamics’ chief executive, said the plan would work.'))).toEqual(['person:Ana Ruiz', 'organization:Marvell Dynamics']);
    expect(named(entitiesOf('Analysts expect Corvell’s revenue to double next year.'))).toEqual(['organization:Corvell']);
  });

  it('reads "Shares of" opening a sentence as "shares of" a company', () => {
    expect(named(entitiesOf('Shares of Pellarin fell 5% on the news.'))).toEqual(['organization:Pellarin']);
  });
});

describe('business nouns before a name', () => {
  it('types a name after a noun for what a business is, in apposition or not, as a company', () => {
    expect(named(entitiesOf('The game’s maker, Pixelhaven, said the release had slipped to March.'))).toEqual(['organization:Pixelhaven']);
    expect(named(entitiesOf('The streaming service Vireo has ordered a second season.'))).toEqual(['organization:Vireo']);
    // After a name, "service" is its product's.
    expect(named(entitiesOf('Fans paid for the Corlen Pro service, which costs $10 a month.'))).toEqual([]);
    expect(named(entitiesOf('Shoppers at the online giant Zennor spent more this year.'))).toEqual(['organization:Zennor']);
  });
});

describe('a body’s noun in apposition', () => {
  it('types a name followed by an apposition headed by a body’s noun as a body, after "at" too', () => {
    expect(named(entitiesOf('Tom Hale works at Pendrel, a software company based in Ohio.'))).toEqual(['person:Tom Hale', 'organization:Pendrel', 'place:Ohio']);
    expect(named(entitiesOf('Rising Tide, a charity, said the figures were alarming.'))).toEqual(['organization:Rising Tide']);
  });

  it('leaves a place whose apposition is a group of islands, not a body', () => {
    expect(named(entitiesOf('In Harwick, a group of islands off the coast, fishing is king.'))).toEqual(['place:Harwick']);
  });
});

describe('whom a spokesperson speaks for', () => {
  it('types a name of two words that a spokesperson speaks for as a body, not as the one who speaks', () => {
    expect(named(entitiesOf('A spokesperson for Vellum Health said the company would appeal.'))).toEqual(['organization:Vellum Health']);
  });

  it('leaves a person’s name and a bare surname after "a spokesman for" to the person', () => {
    expect(named(entitiesOf('Ana Ruiz was charged on Monday. A spokesman for Ruiz said she would plead not guilty.'))).toEqual(['person:Ana Ruiz']);
  });
});

describe('what a company is to another', () => {
  it('types a name that a company is part of, holds a stake in, is bought by or competes with as a company', () => {
    expect(named(entitiesOf('Shoppers know Lumara, a unit of Halvex.'))).toEqual(['organization:Lumara', 'organization:Halvex']);
    expect(named(entitiesOf('The pension fund took a stake in Corvane last year.'))).toEqual(['organization:Corvane']);
    expect(named(entitiesOf('The chain was acquired by Brantwell in 2019.'))).toEqual(['organization:Brantwell']);
    expect(named(entitiesOf('The company faces rivals such as Orbitex.'))).toEqual(['organization:Orbitex']);
  });

  it('types a name that employs or runs a number of anything as a company', () => {
    expect(named(entitiesOf('Brellin employs 300 people at its plant.'))).toEqual(['organization:Brellin']);
  });

  it('leaves a rival with a given name to the person', () => {
    expect(named(entitiesOf('The senator faces her rival Ana Ruiz in May.'))).toEqual(['person:Ana Ruiz']);
  });
});

describe('an adjective opening a sentence before a body’s noun', () => {
  it('takes no body from the capitalised adjective of "Online retailer Zennor", only the name the noun goes on to', () => {
    expect(named(entitiesOf('Online retailer Zennor said its sales doubled.'))).toEqual(['organization:Zennor']);
  });

  it('still reads a name before a body’s noun that ends the phrase', () => {
    expect(named(entitiesOf('Corvale bank said it would close branches.'))).toEqual(['organization:Corvale']);
  });
});

describe('where people work', () => {
  it('types what a person founded, where a role of something is held and where a company’s staff come from as a body', () => {
    expect(named(entitiesOf('Ana Ruiz, who founded Quillmark in 2010, sold it last year.'))).toEqual(['person:Ana Ruiz', 'organization:Quillmark']);
    expect(named(entitiesOf('Tom Hale, head of research at Quaystone, said rates would fall.'))).toEqual(['person:Tom Hale', 'organization:Quaystone']);
    expect(named(entitiesOf('Lawmakers grilled executives from Voltra on Tuesday.'))).toEqual(['organization:Voltra']);
  });

  it('types a name whose apposition is an outlet or a magazine as a body', () => {
    expect(named(entitiesOf('The claim was first made by Corlen Review, a weekly magazine.'))).toEqual(['organization:Corlen Review']);
  });
});

describe('lists of bodies', () => {
  it('lends a body’s type, from its context, to the names listed with it that nothing else types', () => {
    expect(named(entitiesOf('Lawmakers grilled executives from Voltra, Brantwell and Orbitex on Tuesday.'))).toEqual(['organization:Voltra', 'organization:Brantwell', 'organization:Orbitex']);
  });

  it('lends nothing to a person listed with a body', () => {
    expect(named(entitiesOf('The award went to engineers from Voltra and Ana Ruiz.'))).toEqual(['organization:Voltra', 'person:Ana Ruiz']);
  });
});
