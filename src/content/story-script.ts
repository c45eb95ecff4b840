import { announceInstance, claimPage } from './claim-page';
import type { Instance } from './claim-page';
import { contentApi } from './content-api';
import { runContentScript } from './run-content-script';

// The story script (story.js): injected by the background worker into a page whose watch (content.js)
// found a likely story or was asked for something only this script does. One instance per page (a
// second injection replaces the first), stopped by one abort; once running it answers the watch's
// waiting messages.
const controller = new AbortController();
const instance: Instance = { stop: () => controller.abort() };
claimPage(globalThis, instance);
instance.handle = runContentScript(document, contentApi, controller);
announceInstance(globalThis);
