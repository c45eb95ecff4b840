// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sweepOrphans } from './sweep-orphans';

describe('sweepOrphans', () => {
  it('removes an earlier instance’s highlights, card and style sheet, and nothing of the page’s', () => {
    const registry = new Map<string, unknown>([
      ['sl-abcdef-person', {}],
      ['sl-abcdef-flash', {}],
      ['search-results', {}],
      ['sl-notours', {}],
    ]);
    const ours = { cssRules: [{ cssText: '::highlight(sl-abcdef-person) { background-color: #fde68a }' }] };
    const pages = { cssRules: [{ cssText: 'body { margin: 0 }' }] };
    let adopted: unknown[] = [pages, ours];
    Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
    Object.defineProperty(document, 'adoptedStyleSheets', { get: () => adopted, set: (next: unknown[]) => (adopted = next), configurable: true });
    document.body.innerHTML = '<p>text</p><story-lens-card></story-lens-card>';
    sweepOrphans(document);
    expect([...registry.keys()]).toEqual(['search-results', 'sl-notours']);
    expect(adopted).toEqual([pages]);
    expect(document.body.innerHTML).toBe('<p>text</p>');
  });
});
