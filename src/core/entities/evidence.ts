import type { EntityType } from '../../shared/report';

/** How strongly the story suggests each type for a name; summed over its mentions. */
export type Evidence = Record<EntityType, number>;

export const noEvidence = (): Evidence => ({ person: 0, place: 0, organization: 0 });

/** Weights of the rules: a gazetteer entry or a cue in the name outweighs a hint from context. */
export const STRONG = 3;
export const MEDIUM = 2;
export const WEAK = 1;
/** A name the gazetteer knows (not a city of the city list): its type's evidence. */
export const NAMED_EVIDENCE = 4;

export function addEvidence(into: Evidence, from: Evidence): void {
  into.person += from.person;
  into.place += from.place;
  into.organization += from.organization;
}

/** The type with the most evidence, null where no type has any. */
export function strongestType(evidence: Evidence): EntityType | null {
  const { person, place, organization } = evidence;
  const best = Math.max(person, place, organization);
  if (best <= 0) return null;
  if (organization === best) return 'organization';
  if (place === best) return 'place';
  return 'person';
}
