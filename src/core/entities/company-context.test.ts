import { describe, expect, it } from 'vitest';
import { entitiesOf, named } from './entities-of';

describe('company context', () => {
  it('types a name with no cue word as a company where the clause after it says what only a business does', () => {
    expect(named(entitiesOf('Brindle acquired a rival maker of garden tools last year.'))).toEqual(['organization:Brindle']);
    expect(named(entitiesOf('Quorvex reported quarterly earnings that beat forecasts.'))).toEqual(['organization:Quorvex']);
    expect(named(entitiesOf('Tessaline filed for bankruptcy protection on Monday.'))).toEqual(['organization:Tessaline']);
    expect(named(entitiesOf('Late on Friday, Drayven said its sales had fallen for a third year.'))).toEqual(['organization:Drayven']);
  });
});
