import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR } from './artifacts';
import { chromiumPath } from './launch-chromium';
import { firefoxPath } from './launch-firefox';

/** Fails the run once, up front, with the fix, when the build or a browser is missing. */
export default function setup(): void {
  const missing: string[] = [];
  for (const browser of ['chrome', 'firefox']) {
    if (!existsSync(join(DIST_DIR, browser, 'manifest.json'))) missing.push(`${join(DIST_DIR, browser)} (run \`npm run build\`)`);
  }
  if (!existsSync(chromiumPath())) missing.push(`${chromiumPath()} (apt-get install chromium, or set CHROMIUM_PATH)`);
  if (!existsSync(firefoxPath())) missing.push(`${firefoxPath()} (apt-get install firefox-esr, or set FIREFOX_PATH)`);
  if (missing.length > 0) throw new Error(`end-to-end tests need: ${missing.join('; ')}`);
}
