import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { blockText, pageDirs } from '../../scripts/eval/page-dirs.mjs';

describe('eval:extraction --pages helpers', () => {
  it('lists the folders holding both a page and its reference, sorted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pages-'));
    for (const [name, files] of [['zeta', ['source.html', 'expected.html']], ['alpha', ['source.html', 'expected.html']], ['half', ['source.html']]] as const) {
      mkdirSync(join(dir, name));
      for (const file of files) writeFileSync(join(dir, name, file), '<p>x</p>');
    }
    writeFileSync(join(dir, 'notes.txt'), 'not a page');
    expect(pageDirs(dir)).toEqual(['alpha', 'zeta']);
  });

  it('separates adjacent blocks and leaves scripts out, keeping inline runs whole', () => {
    const doc = new JSDOM('<div><h2>Harbour</h2><p>Ferry<em>men</em> rest.</p><script>var x = 1;</script><li>Quay</li></div>').window.document;
    expect(blockText(doc.body).trim().split(/\s+/)).toEqual(['Harbour', 'Ferrymen', 'rest.', 'Quay']);
  });
});
