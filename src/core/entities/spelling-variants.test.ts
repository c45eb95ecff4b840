import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of';

describe('spelling variants', () => {
  it('joins transliterations of one surname into one person', () => {
    const people = entitiesOf(
      'President Pavel Drozdsky met the envoy on Monday.',
      'Later, President Pavel Drozdskiy said the talks went well. “We are grateful,” Drozdskyy said.',
    ).filter((entity) => entity.type === 'person');
    expect(people.map((person) => person.aliases)).toEqual([['Pavel Drozdsky', 'Pavel Drozdskiy', 'Drozdskyy']]);
  });

  it('keeps people whose surnames differ by more than the ending apart', () => {
    const people = entitiesOf('Ana Petersen met Tom Peterson, and Petersen spoke first.').filter((entity) => entity.type === 'person');
    expect(people.map((person) => person.name)).toEqual(['Ana Petersen', 'Tom Peterson']);
  });
});
