/**
 * What the browser did that a test must not see: requests (and which of them a server answered),
 * dialogs and uncaught page errors, recorded from the drivers' own events, not from inside the page.
 */
import type { ExtensionBrowser } from './extension-browser';

/** The events of one driver's page or context we listen to (playwright-core and puppeteer-core name them alike). */
interface Emitter {
  on(event: string, listener: (value: never) => void): unknown;
}

interface Request {
  url(): string;
  failure(): { errorText: string } | null;
}
interface Response {
  url(): string;
}

export interface Witness {
  /** every request the browser began, by URL (a request the browser then refused is here too) */
  requests: string[];
  /** the URLs a server answered */
  answered: string[];
  /** the requests that failed, with the driver's reason (`csp`, `net::ERR_…`, `NS_…`) */
  failed: Array<{ url: string; reason: string }>;
  dialogs: string[];
  pageErrors: string[];
  /** hooks the witness onto one more driver page (each only once) */
  watch(raw: unknown): void;
}

export function makeWitness(): Witness {
  const seen = new WeakSet<object>();
  const witness: Witness = {
    requests: [],
    answered: [],
    failed: [],
    dialogs: [],
    pageErrors: [],
    watch(raw) {
      const page = raw as Emitter;
      if (seen.has(page)) return;
      seen.add(page);
      page.on('request', ((request: Request) => witness.requests.push(request.url())) as never);
      page.on('response', ((response: Response) => witness.answered.push(response.url())) as never);
      page.on('requestfailed', ((request: Request) => witness.failed.push({ url: request.url(), reason: request.failure()?.errorText ?? '' })) as never);
      page.on('dialog', ((dialog: { message(): string; dismiss(): Promise<void> }) => {
        witness.dialogs.push(dialog.message());
        void dialog.dismiss().catch(() => undefined);
      }) as never);
      page.on('pageerror', ((error: unknown) => witness.pageErrors.push(String(error))) as never);
    },
  };
  return witness;
}

/**
 * Hooks the witness onto every page the browser opens from now on (and onto Chromium's whole context;
 * its service worker's requests too where PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS=1 was set
 * before the browser started).
 */
export async function attachWitness(browser: ExtensionBrowser, witness: Witness): Promise<void> {
  const first = await browser.openPage(browser.fixtureUrl('hostile/plain.txt'));
  const raw = first.raw as { context?: () => Emitter & { serviceWorkers(): Emitter[] }; browser?: () => Emitter };
  if (browser.name === 'chromium' && raw.context) {
    const context = raw.context();
    context.on('request', ((request: Request) => witness.requests.push(request.url())) as never);
    context.on('response', ((response: Response) => witness.answered.push(response.url())) as never);
    context.on('requestfailed', ((request: Request) => witness.failed.push({ url: request.url(), reason: request.failure()?.errorText ?? '' })) as never);
    context.on('page', ((page: unknown) => witness.watch(page)) as never);
    for (const worker of context.serviceWorkers()) worker.on('request', ((request: Request) => witness.requests.push(request.url())) as never);
  } else if (raw.browser) {
    raw.browser().on('targetcreated', (async (target: { page(): Promise<unknown> }) => {
      const page = await target.page().catch(() => null);
      if (page) witness.watch(page);
    }) as never);
  }
  witness.watch(first.raw);
  await first.close();
}
