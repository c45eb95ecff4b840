// What every benchmark script starts Chromium with, and how it reads its own flags.

/** Debian's Chromium, or `CHROMIUM_PATH`. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Chromium as root on a closed network: no sandbox, GPU or background fetches of its own. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Every host but the benchmark's own server fails to resolve at once, so a saved page loads nothing from the web. */
export const LOCAL_ONLY = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';

/** The value after `name` on the command line, or `fallback`. */
export const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);

/** Runs a bundle in the page as an inline script (parsed, compiled and run at once); answers the milliseconds it took. */
export function injectBundle(page, source) {
  return page.evaluate((code) => {
    const start = performance.now();
    const script = document.createElement('script');
    script.textContent = code;
    document.head.append(script);
    script.remove();
    return performance.now() - start;
  }, source);
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
