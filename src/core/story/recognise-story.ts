import type { StoryMatch } from '../../shared/report';
import { NO_STORY } from '../../shared/report';
import type { TextModel } from '../text-model';
import type { CatalogStory } from './catalog';

/** Which catalog story, if any, this page carries, and how much of it. */
export function recogniseStory(_model: TextModel, _catalog: readonly CatalogStory[]): StoryMatch {
  return NO_STORY;
}
