/** The end-to-end harness: see README.md beside this file. */
export { BROWSERS } from './extension-browser';
export type { BrowserName, ExtensionBrowser, LaunchOptions, PageStateAnswer, TestPage } from './extension-browser';
export { launchBrowser } from './launch-browser';
export { CHROMIUM_FLAGS, chromiumPath } from './launch-chromium';
export { BACKGROUND_IDLE_MS, FIREFOX_EXTENSION_UUID, GECKO_ID, firefoxPath } from './launch-firefox';
export { useExtensionBrowser } from './use-extension-browser';
export { FIXTURES_DIR, serveFixtures } from './serve-fixtures';
export type { FixtureServer } from './serve-fixtures';
export { artifactPath, REPO_ROOT } from './artifacts';
export { waitUntil } from './wait-until';
export { reportSchemaErrors } from './check-report';
export { CORPUS_DIR } from './serve-fixtures';
export type { Kind, Painted, Report } from './painted';
export { KINDS, countByKind, mentionCounts, misread, norm, paintedOn, quoteCoverage, readPainted, reportOf } from './painted';
export type { Witness } from './witness';
export { attachWitness, makeWitness } from './witness';
export { cardGone, cardHost, cardShown } from './card-host';
export { cardInside } from './card-inside';
