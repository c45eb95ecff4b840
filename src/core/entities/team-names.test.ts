import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './entities-of';

describe('teams named after their city', () => {
  it('keeps a team’s full name a body when its plural stood in a list of people', () => {
    const entities = entitiesOf('It was another night for the surging Chicago Comets.', 'The four men ahead of him — Ana Roe, Tom Bell, Comets great Dara Quell and Comets assistant coach Ivo Marr — had not done it.');
    expect(names(entities, 'organization')).toContain('Chicago Comets');
    expect(names(entities, 'person')).not.toContain('Chicago Comets');
  });
});
