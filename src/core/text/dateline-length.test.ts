import { describe, expect, test } from 'vitest';
import { datelineLength } from './dateline-length';

describe('datelineLength', () => {
  test.each([
    ['CAIRO — Egypt raised fuel prices on Friday.', 'CAIRO — '],
    ['MEMPHIS, Tenn. (AP) — The river fell again.', 'MEMPHIS, Tenn. (AP) — '],
    ['SANTIAGO, July 2 (Reuters) - Copper output fell.', 'SANTIAGO, July 2 (Reuters) - '],
    ['WASHINGTON, D.C. -- Lawmakers met.', 'WASHINGTON, D.C. -- '],
    ['NEW DELHI (AFP) – “We will not wait,” he said.', 'NEW DELHI (AFP) – '],
    ['LOS ANGELES — 2024 was a dry year.', 'LOS ANGELES — '],
  ])('%s: the dateline is %s', (text, dateline) => {
    expect(text.slice(0, datelineLength(text))).toBe(dateline);
  });

  test.each([
    'The council met on Tuesday — and voted.',
    'NASA said on Monday — again — that it would wait.',
    'UK inflation fell — slightly.',
    'Copper output fell - the lowest in years.',
    'A - the first letter.',
    'CAIRO — and then nothing.',
  ])('%s: no dateline', (text) => {
    expect(datelineLength(text)).toBe(0);
  });
});
