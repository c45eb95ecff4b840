import { runStepsSliced, withFirstSlice } from '../core/run-steps';
import type { DomReading } from '../dom/read-page';
import { readPageSteps } from '../dom/read-page';
import type { Result } from '../shared/result';
import { err } from '../shared/result';
import type { Settings } from '../shared/settings';
import { DEFAULT_SETTINGS, isSiteDisabled } from '../shared/settings';
import { decodeAnalysisSteps } from '../shared/analysis-wire';
import { storyParts } from '../shared/story-parts';
import { timeSlicer } from '../shared/yield-to-main';
import { cardContent } from './card-content';
import type { ContentApi, MessageListener } from './content-api';
import { createPainter } from './create-painter';
import { handleMessage } from './handle-message';
import { pageHandlers } from './page-handlers';
import { HoverCard } from './hover-card';
import { LazyPainter } from './lazy-painter';
import type { PageAnalysis } from './live-page';
import { LivePage } from './live-page';
import { sweepOrphans } from './sweep-orphans';
import { switchableFeature } from './switchable-feature';
import type { PageChanges } from './watch-page-changes';
import { watchPageChanges } from './watch-page-changes';
import { watchHover } from './watch-hover';
import { watchNavigation } from './watch-navigation';

/** The first slice of a reading: a news page's reading fits in it whole (cnn-2016 reads in 5 to 15 ms). */
const FIRST_READ_SLICE_MS = 20;

const annotatesOn = (settings: Settings, hostname: string) => settings.autoAnnotate && !isSiteDisabled(settings, hostname);

/**
 * Starts Story Lens on a page: answers messages at once, then loads the settings and, where they
 * allow, annotates the story and follows the page. Everything stops when `controller` aborts
 * (listeners go, and the highlights with them); an orphan of a reloaded extension aborts it itself.
 *
 * Most pages are not stories, so until one is painted nothing is set up that only a story needs: the
 * painter (its random highlight names, its style sent to the worker, and the sweep of an earlier
 * instance's leftovers before it draws), the hover card and its
 * pointer listeners. What every page needs is small: the message listener, the settings, and, where
 * Story Lens is on for the site, the watchers that notice a story arriving late or a client-side
 * navigation.
 */
export function runContentScript(doc: Document, api: ContentApi, controller: AbortController): MessageListener {
  const view = doc.defaultView!;
  const { signal } = controller;
  let colours = DEFAULT_SETTINGS.colours;
  const painter = new LazyPainter(
    () => {
      sweepOrphans(doc);
      return createPainter(doc, DEFAULT_SETTINGS, api.styleTab);
    },
    DEFAULT_SETTINGS.shown,
    DEFAULT_SETTINGS.colours,
  );
  let card: HoverCard | null = null;
  let changes: PageChanges | null = null;
  /**
   * The watchers for a story arriving late and for client-side navigation: a MutationObserver on the
   * whole document and navigation listeners. They run only where Story Lens is on for the site, or
   * where the reader asked for this page ("Annotate this page"); a site switched off gets nothing
   * from us but the message listener and the settings.
   */
  const following = switchableFeature(controller, (watching) => {
    const navigation = watchNavigation(
      view,
      () => {
        card?.hide();
        page.forget();
        changes?.schedule();
      },
      watching,
    );
    changes = watchPageChanges(
      doc,
      () => {
        if (!api.alive()) return controller.abort();
        navigation.check();
        void page.refresh();
      },
      watching,
      undefined,
      (nodes) => page.recheck(nodes),
      (node) => page.concerns(node),
    );
    watching.addEventListener('abort', () => (changes = null), { once: true });
  });
  const page = new LivePage(
    {
      doc,
      // Reading runs in slices of a few milliseconds that give the page its main thread back: a very
      // long story makes no long task, a short one is read in its first slice. The analysis runs in
      // the background worker.
      read: (document) => runStepsSliced(readPageSteps(document, view.location.href), withFirstSlice(timeSlicer(FIRST_READ_SLICE_MS), timeSlicer())),
      analyse: (reading) => analyseInBackground(api, reading),
      painter,
      send: api.send,
      quietly: (change) => (changes ? changes.quietly(change) : change()),
      painted: () => {
        card ??= followHover();
        // a story painted on a site switched off was asked for (the menu, the keyboard command)
        following.on();
      },
    },
    DEFAULT_SETTINGS,
  );
  signal.addEventListener('abort', () => page.clear(), { once: true });

  let settings: Settings | null = null;
  const siteOff = () => settings !== null && isSiteDisabled(settings, view.location.hostname);

  const listener = handleMessage(
    pageHandlers(page, {
      address: () => view.location.href,
      asked: () => following.on(),
      cleared: () => {
        if (siteOff()) following.off();
      },
    }),
    api.extensionId,
  );
  api.onMessage(listener, signal);

  /** The hover card and its listeners, from the first story painted on. */
  const followHover = (): HoverCard => {
    const hover = new HoverCard(doc, colours);
    watchHover(
      {
        doc,
        card: hover,
        painted: () => page.analysis !== null,
        hitsAt: (node, offset) => page.hitsAt(node, offset),
        contentOf: (hit) => {
          const analysis = page.analysis;
          return analysis ? cardContent(hit.mark.annotation, analysis.report, analysis.quotes.map((quote) => quote.id)) : null;
        },
      },
      signal,
    );
    return hover;
  };

  const apply = (next: Settings) => {
    if (signal.aborted) return;
    const was = settings !== null && annotatesOn(settings, view.location.hostname);
    const now = annotatesOn(next, view.location.hostname);
    const wasOff = siteOff();
    settings = next;
    colours = next.colours;
    card?.setColours(next.colours);
    page.applySettings(next);
    if (siteOff()) {
      // Switched off now: the page goes back to how it was and is no longer followed. A page the
      // reader annotated on a site already off stays as they asked, whatever else changed.
      if (!wasOff) {
        page.clear();
        following.off();
      }
      return;
    }
    following.on();
    if (now && !was) void page.annotate();
  };
  void api.loadSettings().then(apply);
  api.onSettings(apply, signal);
  return listener;
}

/**
 * The analysis runs in the background worker, where the core's code and data stay warm from page to
 * page: the page's main thread only sends the story's text and paints the answer, which is checked
 * first (a worker of another version, mid-update, answers nothing half-readable into the page).
 */
async function analyseInBackground(api: ContentApi, reading: DomReading): Promise<Result<PageAnalysis, string>> {
  const { url, article, model } = reading;
  // A long story goes ahead in parts, a message each: the page gets its turn while each is answered.
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const parts = storyParts(model, id);
  for (const part of parts ?? []) {
    const sent = await api.ask('story:part', part);
    if (!sent.ok) return err(`the background could not take the story (${sent.error.code}: ${sent.error.message})`);
  }
  const answer = await api.ask('story:analyse', parts ? { url, article, parts: { id, count: parts.length } } : { url, article, model });
  if (!answer.ok) return err(`the background could not analyse the story (${answer.error.code}: ${answer.error.message})`);
  const analysis = await runStepsSliced(decodeAnalysisSteps(answer.value, model.text.length), timeSlicer());
  return analysis.ok ? analysis : err(`the background's analysis was unreadable (${analysis.error})`);
}
