import { afterAll, beforeAll, beforeEach } from 'vitest';
import { slug } from './artifacts';
import type { BrowserName, ExtensionBrowser, LaunchOptions } from './extension-browser';
import { launchBrowser } from './launch-browser';

/**
 * Registers the hooks of one browser for the enclosing `describe`: launch before the first test,
 * close after the last, and screenshots of every open tab of a failed test into
 * artifacts/e2e/<browser>/. Read `.browser` inside tests (not at collection time).
 *
 *   describe.each(BROWSERS)('%s', (name) => {
 *     const session = useExtensionBrowser(name);
 *     it('…', async () => { const page = await session.browser.openPage(…); });
 *   });
 */
export function useExtensionBrowser(name: BrowserName, options: LaunchOptions = {}): { readonly browser: ExtensionBrowser } {
  let launched: ExtensionBrowser | undefined;
  beforeAll(async () => {
    launched = await launchBrowser(name, options);
  }, 90_000);
  afterAll(async () => {
    await launched?.close();
  }, 30_000);
  beforeEach(({ task, onTestFailed }) => {
    onTestFailed(async () => {
      await launched?.screenshotAll(`failed-${slug(task.name)}`);
    });
  });
  return {
    get browser(): ExtensionBrowser {
      if (!launched) throw new Error(`${name} is not running: use session.browser inside a test or hook`);
      return launched;
    },
  };
}
