/**
 * What the entity tests ask of the engine: the entities of a few paragraphs (or headlines and other
 * blocks), and short forms of the answer to compare. Used by tests only; nothing bundles it.
 */
import type { BlockKind } from '../text-model';
import { modelFromBlocks } from '../text-model';
import type { Entity } from './entity';
import { findEntities } from './find-entities';

/** The entities of a story of these blocks: a string is a paragraph, `[kind, text]` any other block. */
export const entitiesOf = (...blocks: Array<string | [BlockKind, string]>): Entity[] =>
  findEntities(modelFromBlocks(blocks.map((block) => (typeof block === 'string' ? { kind: 'paragraph' as const, text: block } : { kind: block[0], text: block[1] }))));

/** Each entity as "type:name", in story order. */
export const named = (entities: readonly Entity[]): string[] => entities.map((entity) => `${entity.type}:${entity.name}`);

/** The names of the entities of one type, in story order. */
export const names = (entities: readonly Entity[], type: Entity['type']): string[] => entities.filter((entity) => entity.type === type).map((entity) => entity.name);
