import { err, ok } from '../shared/result';
import type { ContentHandlers } from './handle-message';
import type { LivePage } from './live-page';

export interface PageHandlerHooks {
  /** the page's address now */
  address(): string;
  /** the reader asked for this page ("Annotate this page"): follow it, even on a site switched off */
  asked(): void;
  /** the reader cleared the highlights */
  cleared(): void;
}

/** The content script's side of `ToContent`: each call answered by the live page, as the call map types it. */
export function pageHandlers(page: LivePage, hooks: PageHandlerHooks): ContentHandlers {
  return {
    'page:state': async () => ok(page.state()),
    'highlights:toggle': async ({ kind, on }) => ok(await page.toggle(kind, on)),
    async 'highlights:show'({ ref }) {
      const position = page.showNext(ref);
      return position ? ok(position) : err({ code: 'not-found', message: `no mention of ${ref.slice(0, 80)} on the page` });
    },
    async 'page:annotate'() {
      hooks.asked();
      return ok(await page.annotate(true));
    },
    async 'highlights:clear'() {
      const state = page.clear();
      hooks.cleared();
      return ok(state);
    },
    'page:mentions': async () => ok(page.mentions()),
    'page:report': async () => ok(page.reported(hooks.address())),
  };
}
