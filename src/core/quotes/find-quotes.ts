import type { Entity } from '../entities/entity';
import type { TextModel } from '../text-model';
import type { Quote } from './quote';

/** The story's quotations with their speakers. */
export function findQuotes(_model: TextModel, _entities: readonly Entity[]): Quote[] {
  return [];
}
