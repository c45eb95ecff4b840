import { claimPage } from './claim-page';
import { contentApi } from './content-api';
import { runContentScript } from './run-content-script';

// The content script: one instance per page (a second injection replaces the first), stopped by one abort.
const controller = new AbortController();
claimPage(globalThis, () => controller.abort());
runContentScript(document, contentApi, controller);
