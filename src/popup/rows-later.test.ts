// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { RowsLater } from './rows-later';

const item = (text: string) => Object.assign(document.createElement('li'), { textContent: text });
const texts = (list: HTMLElement) => [...list.children].map((child) => child.textContent);

describe('RowsLater', () => {
  it('builds the first screenful across lists at once and the rest after, each list in its order', async () => {
    const first = document.createElement('ul');
    const second = document.createElement('ul');
    const later = new RowsLater(5);
    const a = Array.from({ length: 3 }, (_, i) => `a${i}`);
    const b = Array.from({ length: 60 }, (_, i) => `b${i}`);
    later.rows(first, a, item);
    later.rows(second, b, (text, index) => item(`${index}:${text}`));
    expect(texts(first)).toEqual(a);
    expect(texts(second)).toEqual(['0:b0', '1:b1']);
    expect(later.pending).toBe(true);
    await later.finish();
    expect(later.pending).toBe(false);
    expect(texts(second)).toEqual(b.map((text, index) => `${index}:${text}`));
  });

  it('builds everything at once without a limit', async () => {
    const list = document.createElement('ul');
    const later = new RowsLater(Infinity);
    later.rows(list, ['x', 'y'], item);
    expect(later.pending).toBe(false);
    expect(texts(list)).toEqual(['x', 'y']);
    await later.finish();
  });
});
