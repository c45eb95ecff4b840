import type { BlockKind, TextBlock, TextModel } from '../core/text-model';
import { BLOCK_SEPARATOR } from '../core/text-model';
import { runSteps } from '../core/run-steps';
import type { DomBlock } from './dom-block';
import { BLOCK_TAGS, NON_TEXT_TAGS, renderedChildren } from './dom-block';
import { isHiddenCheaply } from './is-hidden';
import type { TextAnchors } from './text-anchors';
import { segmentAnchors } from './text-anchors';

/** Left out of the model: zero-width space, non-joiner and joiner, word joiner, BOM, soft hyphen. */
const isInvisible = (code: number) =>
  code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff || code === 0xad;

/** The characters `\s` matches: every one of them reads as one space in the model. */
const WHITE = /\s/;
const isWhite = (code: number) =>
  code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0x0c ||
  (code > 0x7f && WHITE.test(String.fromCharCode(code)));

/**
 * Builds the text model of the story's blocks and the segment table that maps it back to the DOM.
 *
 * A segment is a run of model characters that are consecutive characters of one Text node, so a
 * page's mapping costs a few numbers per text node, not an object per character. Collapsed white
 * space and skipped invisible characters end a segment; a `<br>` or a nested block boundary gives
 * a space that maps to no node (a "virtual" segment).
 */
export function buildTextModel(domBlocks: readonly DomBlock[]): { model: TextModel; anchors: TextAnchors } {
  return runSteps(textModelSteps(domBlocks));
}

/** Characters of model text built between two pauses of `textModelSteps`. */
export const MODEL_STEP_CHARS = 40_000;

/** `buildTextModel` in steps: pauses after every `MODEL_STEP_CHARS` characters of blocks it reads. */
export function* textModelSteps(domBlocks: readonly DomBlock[]): Generator<void, { model: TextModel; anchors: TextAnchors }, void> {
  let sinceStep = 0;
  const nodes: Text[] = [];
  const segStart: number[] = [];
  const segEnd: number[] = [];
  const segNode: number[] = [];
  const segOffset: number[] = [];
  const blocks: TextBlock[] = [];
  let text = '';

  for (const block of domBlocks) {
    const before = text.length;
    const sep = blocks.length > 0 ? BLOCK_SEPARATOR : '';
    const start = before + sep.length;
    let out = '';
    let lastWasSpace = true; // leading white space of a block is dropped

    const emitSpace = (nodeIndex: number, offset: number) => {
      if (lastWasSpace) return;
      const pos = start + out.length;
      out += ' ';
      lastWasSpace = true;
      pushSegment(pos, nodeIndex, offset);
    };
    const pushSegment = (pos: number, nodeIndex: number, offset: number) => {
      const last = segStart.length - 1;
      if (last >= 0 && nodeIndex >= 0 && segNode[last] === nodeIndex && segEnd[last] === pos &&
        (segOffset[last] as number) + (pos - (segStart[last] as number)) === offset) {
        segEnd[last] = pos + 1;
        return;
      }
      segStart.push(pos);
      segEnd.push(pos + 1);
      segNode.push(nodeIndex);
      segOffset.push(offset);
    };

    const visitText = (node: Text) => {
      const data = node.data;
      const nodeIndex = nodes.length;
      let used = false;
      let runFrom = -1; // start of a run of characters copied as they are
      const flush = (to: number) => {
        if (runFrom < 0) return;
        const pos = start + out.length;
        out += data.slice(runFrom, to);
        const last = segStart.length - 1;
        if (last >= 0 && segNode[last] === nodeIndex && segEnd[last] === pos &&
          (segOffset[last] as number) + (pos - (segStart[last] as number)) === runFrom) {
          segEnd[last] = pos + (to - runFrom);
        } else {
          segStart.push(pos);
          segEnd.push(pos + (to - runFrom));
          segNode.push(nodeIndex);
          segOffset.push(runFrom);
        }
        runFrom = -1;
      };
      for (let i = 0; i < data.length; i++) {
        const code = data.charCodeAt(i);
        if (isInvisible(code)) {
          flush(i);
        } else if (code === 0x20 && !lastWasSpace && runFrom >= 0) {
          // one plain space between words stays in the run: no new segment per word
          lastWasSpace = true;
        } else if (isWhite(code)) {
          flush(i);
          if (!lastWasSpace) {
            used = true;
            emitSpace(nodeIndex, i);
          }
        } else {
          if (runFrom < 0) runFrom = i;
          lastWasSpace = false;
          used = true;
        }
      }
      flush(data.length);
      if (used) nodes.push(node);
    };

    const visit = (node: Node) => {
      if (node.nodeType === 3) {
        visitText(node as Text);
        return;
      }
      if (node.nodeType !== 1 && node.nodeType !== 11) return;
      const el = node as Element;
      if (node.nodeType === 1) {
        if (NON_TEXT_TAGS.has(el.nodeName) || isHiddenCheaply(el)) return;
        if (el.nodeName === 'BR' || el.nodeName === 'HR') {
          emitSpace(-1, 0);
          return;
        }
      }
      const isBlock = node.nodeType === 1 && BLOCK_TAGS.has(el.nodeName);
      if (isBlock) emitSpace(-1, 0);
      const children = renderedChildren(node);
      for (let i = 0; i < children.length; i++) visit(children[i] as Node);
      if (isBlock) emitSpace(-1, 0);
    };

    for (const root of block.roots) visit(root);
    // trailing white space: drop the last character and shrink (or drop) its segment
    if (out.endsWith(' ')) {
      out = out.slice(0, -1);
      const last = segStart.length - 1;
      const end = start + out.length;
      if ((segStart[last] as number) >= end) {
        segStart.pop(); segEnd.pop(); segNode.pop(); segOffset.pop();
      } else segEnd[last] = end;
    }
    sinceStep += out.length;
    if (out.length > 0) {
      text += sep + out;
      blocks.push({ kind: block.kind as BlockKind, start, end: text.length });
    }
    if (sinceStep >= MODEL_STEP_CHARS) {
      sinceStep = 0;
      yield;
    }
  }

  // Virtual segments exist only to keep runs apart; the table keeps the real ones.
  const real: number[] = [];
  for (let i = 0; i < segStart.length; i++) if ((segNode[i] as number) >= 0) real.push(i);
  const pick = (values: number[]) => Int32Array.from(real, (i) => values[i] as number);
  const model: TextModel = { text, blocks };
  const anchors = segmentAnchors(nodes, {
    start: pick(segStart),
    end: pick(segEnd),
    node: pick(segNode),
    offset: pick(segOffset),
  });
  return { model, anchors };
}
