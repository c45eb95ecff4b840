import type { TextModel } from '../core/text-model';
import type { CallError, StoryPart } from '../shared/protocol';
import type { Result } from '../shared/result';
import { err, ok } from '../shared/result';
import { joinStoryParts } from '../shared/story-parts';
import { STORY_BLOCKS_MAX, STORY_TEXT_MAX_CHARS, textModelParser } from '../shared/validate-message';

/** Tabs whose parts are kept at once: a reader rarely has more stories on the way than this. */
const MAX_TABS = 8;

interface Arriving {
  readonly id: string;
  readonly parts: StoryPart[];
  chars: number;
  blocks: number;
}

const failure = (code: CallError['code'], message: string): Result<never, CallError> => err({ code, message });

/**
 * The parts of long stories on their way to `story:analyse`, per tab: the latest story's only (a
 * content script reads and sends one story at a time), and those of a few tabs at most, so what a page
 * sends and never finishes is bounded. Held in memory only: a part outlives nothing but the few
 * messages of one story, and a worker stopped in between loses them, which `take` answers as an error.
 */
export class ReceivedParts {
  readonly #tabs = new Map<number, Arriving>();

  /** Keeps a part; the first (index 0) starts the tab's story afresh, the others must follow in order. */
  add(tabId: number, part: StoryPart): Result<void, CallError> {
    if (part.index === 0) {
      this.#tabs.delete(tabId);
      if (this.#tabs.size >= MAX_TABS) this.#tabs.delete(this.#tabs.keys().next().value as number);
      this.#tabs.set(tabId, { id: part.id, parts: [], chars: 0, blocks: 0 });
    }
    const arriving = this.#tabs.get(tabId);
    if (!arriving || arriving.id !== part.id || part.index !== arriving.parts.length) {
      this.#tabs.delete(tabId);
      return failure('malformed', `story part ${part.index} of ${part.id} came out of order`);
    }
    arriving.chars += part.text.length;
    arriving.blocks += part.blocks.length;
    if (arriving.chars > STORY_TEXT_MAX_CHARS || arriving.blocks > STORY_BLOCKS_MAX) {
      this.#tabs.delete(tabId);
      return failure('too-large', `story ${part.id}: longer than ${STORY_TEXT_MAX_CHARS} characters or ${STORY_BLOCKS_MAX} blocks`);
    }
    arriving.parts.push(part);
    return ok(undefined);
  }

  /** The tab's story joined from its `count` parts named `id` (forgotten then), checked as a model sent whole is. */
  take(tabId: number, id: string, count: number): Result<TextModel, CallError> {
    const arriving = this.#tabs.get(tabId);
    if (arriving?.id !== id) return failure('not-found', `story ${id}: no parts arrived`);
    this.#tabs.delete(tabId);
    const joined = joinStoryParts(arriving.parts, id, count);
    if (!joined.ok) return failure('not-found', joined.error);
    const model = textModelParser(joined.value, 'model');
    return model.ok ? model : failure('malformed', `story ${id}: ${model.error}`);
  }

  /** A closed tab's parts go with it. */
  forget(tabId: number): void {
    this.#tabs.delete(tabId);
  }
}
