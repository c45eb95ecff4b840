import { err, ok } from '../shared/result';
import type { ContentHandlers } from './handle-message';
import type { LivePage } from './live-page';

/** The content script's side of `ToContent`: each call answered by the live page, as the call map types it. */
export function pageHandlers(page: LivePage, address: () => string): ContentHandlers {
  return {
    'page:state': async () => ok(page.state()),
    'highlights:toggle': async ({ kind, on }) => ok(await page.toggle(kind, on)),
    async 'highlights:show'({ ref }) {
      const position = page.showNext(ref);
      return position ? ok(position) : err({ code: 'not-found', message: `no mention of ${ref.slice(0, 80)} on the page` });
    },
    'page:annotate': async () => ok(await page.annotate(true)),
    'highlights:clear': async () => ok(page.clear()),
    'page:mentions': async () => ok(page.mentions()),
    'page:report': async () => ok(page.reported(address())),
  };
}
