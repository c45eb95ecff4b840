import type { PageReading } from '../core/analyse';
import type { BlockKind, Span, TextModel } from '../core/text-model';
import { modelFromBlocks } from '../core/text-model';

/** Maps spans of the text model back to the page's DOM. */
export interface TextAnchors {
  /** the DOM Range covering exactly this span of the model's text, null where it cannot be mapped */
  rangeFor(span: Span): Range | null;
  /** the model offset of a DOM position (e.g. from caretPositionFromPoint), null outside the story */
  offsetAt(node: Node, offset: number): number | null;
}

export interface DomReading extends PageReading {
  readonly anchors: TextAnchors;
}

/** Reads a document (live or jsdom) into the text model. Placeholder: headline and `<p>`s only. */
export function readPage(doc: Document, url: string | null): DomReading {
  const blocks: Array<{ kind: BlockKind; text: string }> = [];
  const headline = doc.querySelector('h1')?.textContent?.trim();
  if (headline) blocks.push({ kind: 'headline', text: headline });
  for (const p of doc.querySelectorAll('p')) {
    const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) blocks.push({ kind: 'paragraph', text });
  }
  const model: TextModel = modelFromBlocks(blocks);
  const wordCount = model.text.split(/\s+/).filter(Boolean).length;
  return {
    url,
    article: { detected: wordCount > 150, title: headline ?? null, byline: null, published: null, site: null, wordCount },
    model,
    anchors: { rangeFor: () => null, offsetAt: () => null },
  };
}
