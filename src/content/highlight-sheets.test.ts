import { describe, expect, it } from 'vitest';
import type { HighlightStyle } from '../shared/highlight-style';
import { highlightCss, randomHighlightNames } from '../shared/highlight-style';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { err, ok } from '../shared/result';
import { highlightSheets } from './highlight-sheets';

const style = (person = DEFAULT_SETTINGS.colours.person): HighlightStyle => ({ names: randomHighlightNames(), colours: { ...DEFAULT_SETTINGS.colours, person } });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('highlightSheets', () => {
  it('asks the background for a sheet the page cannot read, in order, and forgets an earlier script’s names', async () => {
    const asked: Array<HighlightStyle | null> = [];
    const adopted: string[] = [];
    const forgotten: string[] = [];
    const sheets = highlightSheets({
      styleTab: async (next) => (asked.push(next), ok({ previous: asked.length === 1 ? ['oldoldoldold'] : [] })),
      adopt: (css) => (adopted.push(css), { replace: () => undefined, remove: () => undefined }),
      forget: (names) => forgotten.push(...names),
    });
    const first = style();
    const sheet = sheets(first);
    const recoloured = { ...first, colours: { ...first.colours, person: '#123456' } };
    sheet.replace(recoloured);
    sheet.remove();
    sheet.remove();
    await settle();
    expect(asked).toEqual([first, recoloured, null]);
    expect(adopted).toEqual([]);
    expect(forgotten).toEqual(['oldoldoldold']);
  });

  it('where the background cannot insert it, adopts the sheet on the page instead, and recolours and removes that one', async () => {
    const asked: Array<HighlightStyle | null> = [];
    const adopted: Array<{ css: string; removed: boolean }> = [];
    const sheets = highlightSheets({
      styleTab: async (next) => (asked.push(next), err({ code: 'failed', message: 'no host access' })),
      adopt: (css) => {
        const sheet = { css, removed: false };
        adopted.push(sheet);
        return { replace: (next) => (sheet.css = next), remove: () => (sheet.removed = true) };
      },
      forget: () => undefined,
    });
    const first = style();
    const sheet = sheets(first);
    await settle();
    expect(adopted).toEqual([{ css: highlightCss(first), removed: false }]);
    const recoloured = { ...first, colours: { ...first.colours, place: '#abcdef' } };
    sheet.replace(recoloured);
    sheet.remove();
    await settle();
    expect(adopted).toEqual([{ css: highlightCss(recoloured), removed: true }]);
    expect(asked).toEqual([first]);
  });
});
