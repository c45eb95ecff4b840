import { describe, expect, it } from 'vitest';
import { entitiesOf, named } from './entities-of';

describe('words that say what a name is', () => {
  it('reads dotted initials before a surname as a person’s given names', () => {
    expect(named(entitiesOf('The films were directed by R.J. Tallis and others.'))).toEqual(['person:R.J. Tallis']);
  });

  it('reads a newspaper’s head word and the outlets of the gazetteer as organizations', () => {
    expect(named(entitiesOf('The Harbor City Chronicle says police arrested him.'))).toEqual(['organization:Harbor City Chronicle']);
    expect(named(entitiesOf('Variety reports that the studio will go ahead, according to Box Office Mojo.'))).toEqual(['organization:Variety', 'organization:Box Office Mojo']);
  });

  it('reads a company’s trade as its head word', () => {
    expect(named(entitiesOf('Brellin Electronics had 3 GW of output, and Tyvo Robotics said so too.'))).toEqual(['organization:Brellin Electronics', 'organization:Tyvo Robotics']);
  });

  it('takes no model’s name after its number for a person', () => {
    expect(named(entitiesOf('After two crashes of its 737 Max jet, the carrier ordered 30 more, said Ana Roe.'))).toEqual(['person:Ana Roe']);
  });

  it('takes no units after numbers for names', () => {
    expect(named(entitiesOf('Capacity reached 8.69 GW and prices fell to $0.23/W, with plants of 30-600 MW.'))).toEqual([]);
  });

  it('ends a body the gazetteer knows before "and", however short its name', () => {
    expect(named(entitiesOf('Contracts went to Google and Tyvo Launch Systems on Monday.'))).toEqual(['organization:Google', 'organization:Tyvo Launch Systems']);
  });

  it('keeps the list of what a ministry is of, commas and "and" included, but not a list of names after a body', () => {
    expect(named(entitiesOf('The Ministry of Trade, Industry and Energy (MOTIE) said prices fell.'))).toEqual(['organization:Ministry of Trade, Industry and Energy']);
    expect(named(entitiesOf('The Department for Digital, Culture, Media and Sport said so.'))).toEqual(['organization:Department for Digital, Culture, Media and Sport']);
    expect(named(entitiesOf('Shares of the Bank of England, Barclays and Lloyds rose.'))).toEqual(['organization:Bank of England', 'organization:Barclays', 'organization:Lloyds']);
  });

  it('ends an outlet’s acronym before another body the gazetteer knows', () => {
    expect(named(entitiesOf('He told VOA Pentagon correspondent Ana Roe on Monday that the talks had ended.'))).toEqual(['organization:VOA', 'organization:Pentagon', 'person:Ana Roe']);
  });
});

describe('generational suffixes', () => {
  it('keeps the dot of "Jr." and "Sr." in the name', () => {
    expect(named(entitiesOf('Tom R. Pell Jr. said the plan would work, and Ana Pell Sr. agreed.'))).toEqual(['person:Tom R. Pell Jr.', 'person:Ana Pell Sr.']);
  });
});

describe('common given names the name list lacks', () => {
  it('reads "Donald" and "Walter" as given names', () => {
    expect(named(entitiesOf('Tickets went fast, and Donald Quist and Walter Pell were among the first.'))).toEqual(['person:Donald Quist', 'person:Walter Pell']);
  });
});
