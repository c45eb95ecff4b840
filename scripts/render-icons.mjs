// Renders the icon drawings to the PNG sizes the browsers need, with Debian's Chromium. Run after
// editing a drawing: `node scripts/render-icons.mjs`. The PNGs are committed.
//
// icons/icon.svg is the drawing for 32, 48 and 128 px; icons/icon-16.svg is the same mark redrawn on
// the 16 px grid for the toolbar, where the full drawing's thin strokes blur.
import { chromium } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const drawingFor = (size) => {
  const specific = join(root, `icons/icon-${size}.svg`);
  return readFileSync(existsSync(specific) ? specific : join(root, 'icons/icon.svg'), 'utf8');
};
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${drawingFor(size)}`,
  );
  await page.screenshot({ path: join(root, `icons/icon-${size}.png`), omitBackground: true });
}
await browser.close();
console.log('Wrote icons/icon-{16,32,48,128}.png');
