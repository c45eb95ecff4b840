import type { Annotation } from '../core/annotation';
import type { TextModel } from '../core/text-model';
import type { PageMention } from '../shared/protocol';
import { MENTION_CONTEXT_CHARS, MENTION_EXACT_MAX, MENTIONS_MAX } from '../shared/validate-message';

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The mentions as W3C TextQuoteSelector parts: the exact words and up to `chars` characters either
 * side. The context stays inside the mention's block of the story: between two blocks the page holds
 * text the story model leaves out (a caption's credit, an ad, a related link), so words across a
 * block boundary are not what a reader of the page would find next to each other. A context never
 * ends half-way through a surrogate pair. In page order; bounded by MENTIONS_MAX, and a mention
 * longer than MENTION_EXACT_MAX is left out.
 */
export function mentionContexts(annotations: readonly Annotation[], model: TextModel, chars = MENTION_CONTEXT_CHARS): PageMention[] {
  const { text, blocks } = model;
  const sorted = [...annotations].sort((a, b) => a.start - b.start || b.end - a.end);
  const mentions: PageMention[] = [];
  let block = 0;
  for (const annotation of sorted) {
    if (mentions.length >= MENTIONS_MAX) break;
    const { start, end } = annotation;
    if (end <= start || end - start > MENTION_EXACT_MAX || end > text.length) continue;
    while (block < blocks.length - 1 && blocks[block]!.end <= start) block++;
    const around = blocks[block];
    const from = around && around.start <= start ? around.start : start;
    const to = around && around.end >= end ? around.end : end;
    let prefixStart = Math.max(from, start - chars);
    if (prefixStart > from && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart++;
    let suffixEnd = Math.min(to, end + chars);
    if (suffixEnd < to && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd--;
    mentions.push({
      ref: annotation.ref,
      kind: annotation.kind,
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    });
  }
  return mentions;
}
