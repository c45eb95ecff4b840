import type { EntityType, ReportEntity } from '../shared/report';

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'place', 'organization'];

export interface EntityGroup {
  type: EntityType;
  /** the group's entities that match the filter, most mentioned first */
  entities: ReportEntity[];
  /** how many entities of this type the story has, filter or not */
  total: number;
}

/** Entities by type (people, places, organizations), most mentioned first, filtered by name or alias. */
export function groupEntities(entities: readonly ReportEntity[], query = ''): EntityGroup[] {
  const needle = fold(query.trim());
  return ENTITY_TYPES.map((type) => {
    const ofType = entities.filter((entity) => entity.type === type);
    const matching = needle === '' ? ofType : ofType.filter((entity) => [entity.name, ...entity.aliases].some((name) => fold(name).includes(needle)));
    return {
      type,
      entities: [...matching].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name)),
      total: ofType.length,
    };
  });
}

/** Case- and accent-insensitive form, so "sao" finds "São Paulo". */
const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
