import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './entities-of';

describe('a founder’s surname that names a company', () => {
  it('takes the surname alone for the person the story named in full', () => {
    const entities = entitiesOf('The even wealthier Harold Disney has generated buzz as he steps toward a run.', 'That is why Ana Roe and Disney are moving into the race.');
    expect(names(entities, 'person')).toContain('Harold Disney');
    expect(names(entities, 'organization')).not.toContain('Disney');
  });

  it('keeps the company where the story says it is one', () => {
    const entities = entitiesOf('Harold Disney spoke at the opening.', 'Disney shares rose 3 percent after Disney said it would open two parks.');
    expect(names(entities, 'organization')).toContain('Disney');
  });
});
