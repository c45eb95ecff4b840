/**
 * The text model: the story as plain text, the one input of every analysis in `src/core/`.
 *
 * Readers (the content script on the live DOM, the CLI on jsdom, the plain-text reader) build it;
 * the core never sees a DOM. Every annotation the core finds is a `Span` of `text`, and the reader
 * that built the model maps spans back to the page (see `src/dom/`).
 */

/** What a block is in the story. Headline and highlights are not body text (`--text` omits them). */
export type BlockKind = 'headline' | 'highlight' | 'paragraph' | 'caption';

/** A half-open range `[start, end)` of `TextModel.text`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface TextBlock extends Span {
  readonly kind: BlockKind;
}

export interface TextModel {
  /**
   * The blocks' text in page order, joined by BLOCK_SEPARATOR. Inside a block, runs of white space
   * are one space and invisible characters (U+200B, U+00AD soft hyphen, …) are left out, so
   * `Jane <b>Smi</b>th` and `Smi\u00ADth` read as "Jane Smith".
   */
  readonly text: string;
  readonly blocks: readonly TextBlock[];
}

export const BLOCK_SEPARATOR = '\n\n';

/** Builds a model from block texts (already normalised), e.g. for plain-text stories and tests. */
export function modelFromBlocks(blocks: ReadonlyArray<{ kind: BlockKind; text: string }>): TextModel {
  let text = '';
  const out: TextBlock[] = [];
  for (const block of blocks) {
    if (out.length > 0) text += BLOCK_SEPARATOR;
    const start = text.length;
    text += block.text;
    out.push({ kind: block.kind, start, end: text.length });
  }
  return { text, blocks: out };
}

export const blockText = (model: TextModel, block: TextBlock): string => model.text.slice(block.start, block.end);

/** The block holding the character at `offset` (blocks are in text order: a binary search), or undefined. */
export function blockAt(model: TextModel, offset: number): TextBlock | undefined {
  const { blocks } = model;
  let low = 0;
  let high = blocks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const block = blocks[middle] as TextBlock;
    if (offset < block.start) high = middle - 1;
    else if (offset >= block.end) low = middle + 1;
    else return block;
  }
  return undefined;
}

/** The body (paragraphs and captions) as one paragraph a line: what `cli --text` prints. */
export const bodyText = (model: TextModel): string =>
  model.blocks
    .filter((block) => block.kind === 'paragraph' || block.kind === 'caption')
    .map((block) => blockText(model, block))
    .join('\n');
