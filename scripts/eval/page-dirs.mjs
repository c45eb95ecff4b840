// The saved pages `npm run eval:extraction -- --pages DIR` scores: DIR/NAME/source.html (the page) and
// DIR/NAME/expected.html (the reference body, e.g. Mozilla Readability's test pages), and the
// reference's text with a space at every block boundary, so that words of adjacent blocks do not run
// together when the markup has no white space between them.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Names of DIR's folders that hold both source.html and expected.html, sorted.
 * @param {string} dir
 */
export function pageDirs(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'source.html')) && existsSync(join(dir, entry.name, 'expected.html')))
    .map((entry) => entry.name)
    .sort();
}

const BLOCK = /^(?:address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|td|th|tr|ul)$/;

/**
 * The text of a node, a space standing for every block element's start and end; scripts and styles left out.
 * @param {Node} node
 */
export function blockText(node) {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return '';
  const tag = node.nodeType === 1 ? node.localName : '';
  if (tag === 'script' || tag === 'style' || tag === 'template') return '';
  let text = '';
  for (const child of node.childNodes) text += blockText(child);
  return BLOCK.test(tag) ? ` ${text} ` : text;
}
