import type { BlockKind, TextBlock, TextModel } from '../core/text-model';
import { BLOCK_SEPARATOR } from '../core/text-model';
import { runSteps } from '../core/run-steps';
import type { DomBlock } from './dom-block';
import { BLOCK_TAGS, NON_TEXT_TAGS } from './dom-block';
import { isHiddenCheaply } from './is-hidden';
import type { TextAnchors } from './text-anchors';
import { segmentAnchors } from './text-anchors';

/**
 * What a text node needs beyond copying: white space other than a single ordinary space (`\s`,
 * U+FEFF included), two spaces in a row, or an invisible character left out of the model (zero-width
 * space, non-joiner and joiner, word joiner, BOM, soft hyphen). Most text nodes of a story have none.
 */
const NEEDS_WORK = /[^\S ]| {2}|[\u00ad\u200b-\u200d\u2060]/;
/** The pieces of a text node that need work: a run of white space, or one invisible character. */
const SPECIAL = /[\u00ad\u200b-\u200d\u2060\ufeff]|[^\S\ufeff]+/g;
/** Class or microdata names of a photo's credit inside its caption ("Credit: Agency", `copyrightHolder`). */
const CREDIT = /(?:^|[^a-z])(?:credits?|copyright\w*|photographer|photo-?source|image-?source)(?:$|[^a-z])/i;
const isCredit = (el: Element) => {
  if (!el.hasAttributes()) return false;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
  return names.length > 1 && CREDIT.test(names);
};
/**
 * A photo's credit at the end of its caption's text, after the caption's last sentence: in brackets
 * ("(AP Photo/Jane Roe)", "(Photo by Jane Roe)", "[Jane Roe/Agency]"), labelled ("Photograph: Jane
 * Roe/Agency", "Illustration: …"), or an agency's slug ("REUTERS/Jane Roe/File Photo"). Without `i`:
 * the agency's slug is told by its capitals.
 */
const CAPTION_CREDIT = /\s*(?:\([^()]*\b(?:[Pp]hotos?|PHOTO|[Pp]hotograph(?:er)?|[Ii]mages?|[Ii]llustration|[Cc]ourtesy|[Cc]redit|[Ff]ile)\b[^()]*\)|\[[^[\]/]{1,80}\/[^[\]]{1,80}\]|(?<=[.!?”")] |^)(?:Photograph|Photos?|Illustration|Image|Picture|Credit|Composite|Graphic|Screenshot)(?: by)?: ?[^.!?]{1,100}|(?<=[.!?”")] )[A-Z]{3,}(?:\/[^/]{1,60}){1,3})\s*$/;

/** The length of a caption's text without its credit (and trailing white space). */
function withoutCredit(text: string): number {
  const match = CAPTION_CREDIT.exec(text);
  const end = match ? match.index : text.length;
  return text.endsWith(' ', end) ? end - 1 : end;
}

const isInvisible = (code: number) => code === 0xad || code === 0xfeff || (code >= 0x200b && code <= 0x200d) || code === 0x2060;

/**
 * Builds the text model of the story's blocks and the segment table that maps it back to the DOM.
 *
 * A segment is a run of model characters that are consecutive characters of one Text node, so a
 * page's mapping costs a few numbers per text node, not an object per character. Collapsed white
 * space and skipped invisible characters end a segment; a `<br>` or a nested block boundary gives
 * a space that maps to no node.
 *
 * The characters are copied by the engine's own string functions, a text node at a time (a regular
 * expression finds what needs work): a script's per-character loop, run cold on each page, cost
 * milliseconds before the engine compiled it.
 */
export function buildTextModel(domBlocks: readonly DomBlock[]): { model: TextModel; anchors: TextAnchors } {
  return runSteps(textModelSteps(domBlocks));
}

/** Characters of model text built between two pauses of `textModelSteps`. */
export const MODEL_STEP_CHARS = 40_000;

/** `buildTextModel` in steps: pauses after every `MODEL_STEP_CHARS` characters of blocks it reads. */
export function* textModelSteps(domBlocks: readonly DomBlock[]): Generator<void, { model: TextModel; anchors: TextAnchors }, void> {
  const builder = new ModelBuilder();
  let sinceStep = 0;
  for (const block of domBlocks) {
    sinceStep += builder.addBlock(block);
    if (sinceStep >= MODEL_STEP_CHARS) {
      sinceStep = 0;
      yield;
    }
  }
  return builder.finish();
}

/** The model text and segment table under construction (one per `textModelSteps` call). */
class ModelBuilder {
  readonly #nodes: Text[] = [];
  readonly #segStart: number[] = [];
  readonly #segEnd: number[] = [];
  readonly #segNode: number[] = [];
  readonly #segOffset: number[] = [];
  readonly #blocks: TextBlock[] = [];
  #text = '';
  /** the block being read: its text so far, and whether it ends in a space (or is empty) */
  #out = '';
  #start = 0;
  #lastWasSpace = true;
  /** in a caption, the photo's credit line is left out: a credit is not the story */
  #inCaption = false;
  /** the text node being read, and its index in the anchors' node list once a character of it is used */
  #node: Text | null = null;
  #nodeIndex = -1;

  /** Reads one block; answers the characters it added. */
  addBlock(block: DomBlock): number {
    const sep = this.#blocks.length > 0 ? BLOCK_SEPARATOR : '';
    this.#start = this.#text.length + sep.length;
    this.#out = '';
    this.#lastWasSpace = true; // leading white space of a block is dropped
    this.#inCaption = block.kind === 'caption';
    for (const root of block.roots) this.#visit(root);
    let out = this.#out;
    // trailing white space, and a caption's credit written into its text ("… (AP Photo/Jane Roe)")
    const keep = this.#inCaption ? withoutCredit(out) : out.endsWith(' ') ? out.length - 1 : out.length;
    if (keep < out.length) {
      out = out.slice(0, keep);
      this.#cutSegments(this.#start + keep);
    }
    if (out.length > 0) {
      this.#text += sep + out;
      this.#blocks.push({ kind: block.kind as BlockKind, start: this.#start, end: this.#text.length });
    }
    return out.length;
  }

  /** Drops the segments from model position `end` on, shrinking the one that runs past it. */
  #cutSegments(end: number): void {
    for (let last = this.#segStart.length - 1; last >= 0 && (this.#segEnd[last] as number) > end; last--) {
      if ((this.#segStart[last] as number) < end) {
        this.#segEnd[last] = end;
        return;
      }
      this.#segStart.pop(); this.#segEnd.pop(); this.#segNode.pop(); this.#segOffset.pop();
    }
  }

  finish(): { model: TextModel; anchors: TextAnchors } {
    const model: TextModel = { text: this.#text, blocks: this.#blocks };
    const anchors = segmentAnchors(this.#nodes, {
      start: Int32Array.from(this.#segStart),
      end: Int32Array.from(this.#segEnd),
      node: Int32Array.from(this.#segNode),
      offset: Int32Array.from(this.#segOffset),
    });
    return { model, anchors };
  }

  #visit(node: Node): void {
    if (node.nodeType === 3) {
      this.#readText(node as Text);
      return;
    }
    let from: Node = node;
    if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.nodeName;
      if (NON_TEXT_TAGS.has(tag) || isHiddenCheaply(el) || (this.#inCaption && isCredit(el))) return;
      if (tag === 'BR' || tag === 'HR') {
        this.#space();
        return;
      }
      if (tag === 'SLOT') {
        const assigned = (el as HTMLSlotElement).assignedNodes?.() ?? [];
        if (assigned.length > 0) {
          for (const child of assigned) this.#visit(child);
          return;
        }
      }
      from = el.shadowRoot ?? el;
    } else if (node.nodeType !== 11) return;
    const isBlock = node.nodeType === 1 && BLOCK_TAGS.has(node.nodeName);
    if (isBlock) this.#space();
    for (let child = from.firstChild; child; child = child.nextSibling) this.#visit(child);
    if (isBlock) this.#space();
  }

  /** A space that maps to no node (a `<br>`, a block's edge): it keeps the runs on either side apart. */
  #space(): void {
    if (this.#lastWasSpace) return;
    this.#out += ' ';
    this.#lastWasSpace = true;
  }

  #readText(node: Text): void {
    const data = node.data;
    if (data.length === 0) return;
    this.#node = node;
    this.#nodeIndex = -1;
    if (!NEEDS_WORK.test(data)) {
      // words and single spaces: all of it, less a leading space where one was just written
      const from = this.#lastWasSpace && data.charCodeAt(0) === 0x20 ? 1 : 0;
      if (from < data.length) {
        this.#copy(from, data.length, from === 0 ? data : data.slice(from));
        this.#lastWasSpace = data.charCodeAt(data.length - 1) === 0x20;
      }
      return;
    }
    SPECIAL.lastIndex = 0;
    let at = 0;
    for (let match = SPECIAL.exec(data); match; match = SPECIAL.exec(data)) {
      const index = match.index;
      if (index > at) {
        this.#copy(at, index, data.slice(at, index));
        this.#lastWasSpace = false;
      }
      at = index + match[0].length;
      // a run of white space reads as one space, mapped to its first character; an invisible character as nothing
      if (!this.#lastWasSpace && !isInvisible(data.charCodeAt(index))) {
        this.#copy(index, index + 1, ' ');
        this.#lastWasSpace = true;
      }
    }
    if (at < data.length) {
      this.#copy(at, data.length, data.slice(at));
      this.#lastWasSpace = false;
    }
  }

  /** Appends `piece`, which stands for characters `[from, to)` of the current text node. */
  #copy(from: number, to: number, piece: string): void {
    if (this.#nodeIndex < 0) {
      this.#nodeIndex = this.#nodes.length;
      this.#nodes.push(this.#node as Text);
    }
    this.#segment(this.#start + this.#out.length, to - from, this.#nodeIndex, from);
    this.#out += piece;
  }

  /** Adds a segment, or lengthens the last one where the new one continues it in the same node. */
  #segment(pos: number, length: number, nodeIndex: number, offset: number): void {
    const last = this.#segStart.length - 1;
    if (last >= 0 && this.#segNode[last] === nodeIndex && this.#segEnd[last] === pos &&
      (this.#segOffset[last] as number) + (pos - (this.#segStart[last] as number)) === offset) {
      this.#segEnd[last] = pos + length;
      return;
    }
    this.#segStart.push(pos);
    this.#segEnd.push(pos + length);
    this.#segNode.push(nodeIndex);
    this.#segOffset.push(offset);
  }
}
