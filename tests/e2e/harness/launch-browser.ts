import type { BrowserName, ExtensionBrowser, LaunchOptions } from './extension-browser';
import { launchChromium } from './launch-chromium';
import { launchFirefox } from './launch-firefox';

/**
 * Starts the named browser with the built extension (dist/) loaded and tests/fixtures/ served on
 * 127.0.0.1. One launch per test file: reuse the answer across its tests (see `useExtensionBrowser`).
 */
export function launchBrowser(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}
