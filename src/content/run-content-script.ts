import { runSteps, runStepsSliced, withFirstSlice } from '../core/run-steps';
import { readPageSteps } from '../dom/read-page';
import type { Settings } from '../shared/settings';
import { DEFAULT_SETTINGS, isSiteDisabled } from '../shared/settings';
import { cardContent } from './card-content';
import type { ContentApi } from './content-api';
import { createPainter } from './create-painter';
import { handleMessage } from './handle-message';
import { HoverCard } from './hover-card';
import { LivePage } from './live-page';
import type { PageChanges } from './watch-page-changes';
import { sweepOrphans } from './sweep-orphans';
import { watchPageChanges } from './watch-page-changes';
import { watchHover } from './watch-hover';
import { watchNavigation } from './watch-navigation';
import { timeSlicer, yieldToMain } from './yield-to-main';

/** The first slice of a reading: a news page's reading fits in it whole (cnn-2016 reads in 5 to 15 ms). */
const FIRST_READ_SLICE_MS = 20;
/**
 * Stories up to this many characters (about 3,000 words: most news stories) are analysed in one go,
 * with no yield and no added latency; longer ones in slices of 8 ms.
 */
const ONE_SLICE_CHARS = 20_000;

const annotatesOn = (settings: Settings, hostname: string) => settings.autoAnnotate && !isSiteDisabled(settings, hostname);

/**
 * Starts Story Lens on a page: answers messages at once, then loads the settings and, where they
 * allow, annotates the story and follows the page. Everything stops when `controller` aborts
 * (listeners go, and the highlights with them); an orphan of a reloaded extension aborts it itself.
 */
export function runContentScript(doc: Document, api: ContentApi, controller: AbortController): void {
  const view = doc.defaultView!;
  const { signal } = controller;
  sweepOrphans(doc);
  const painter = createPainter(doc, DEFAULT_SETTINGS, api.styleTab);
  const card = new HoverCard(doc, DEFAULT_SETTINGS.colours);
  let changes: PageChanges | null = null;
  let core: typeof import('./story-core') | null = null;
  const page = new LivePage(
    {
      doc,
      // Reading and analysis run in slices of a few milliseconds that give the page its main thread
      // back: a very long story makes no long task, a short one is done in its first slice.
      read: (document) => runStepsSliced(readPageSteps(document, view.location.href), withFirstSlice(timeSlicer(FIRST_READ_SLICE_MS), timeSlicer())),
      analyse: async (reading) => {
        // Loading the analysis initialises its lexicons and gazetteer (about 30 ms): a task of its own.
        if (!core) {
          await yieldToMain();
          core = await import('./story-core');
        }
        // The reader's saved stories join the catalog before the story is recognised.
        const steps = core.analyseStorySteps(reading, await core.storyCatalog());
        return reading.model.text.length <= ONE_SLICE_CHARS ? runSteps(steps) : runStepsSliced(steps, timeSlicer());
      },
      painter,
      send: api.send,
      fingerprint: (model) => core?.storyFingerprint(model),
      quietly: (change) => (changes ? changes.quietly(change) : change()),
    },
    DEFAULT_SETTINGS,
  );
  signal.addEventListener('abort', () => page.clear(), { once: true });

  api.onMessage(
    handleMessage(
      {
        state: () => page.state(),
        toggle: (kind, on) => page.toggle(kind, on),
        show: (ref) => page.showNext(ref),
        annotate: () => page.annotate(true),
        clear: () => page.clear(),
        mentions: () => page.mentions(),
        report: () => page.reported(view.location.href),
      },
      api.extensionId,
    ),
    signal,
  );

  const navigation = watchNavigation(
    view,
    () => {
      card.hide();
      page.forget();
      changes?.schedule();
    },
    signal,
  );
  changes = watchPageChanges(
    doc,
    () => {
      if (!api.alive()) return controller.abort();
      navigation.check();
      void page.refresh();
    },
    signal,
    undefined,
    (nodes) => page.recheck(nodes),
    (node) => page.concerns(node),
  );

  watchHover(
    {
      doc,
      card,
      painted: () => page.analysis !== null,
      hitsAt: (node, offset) => page.hitsAt(node, offset),
      contentOf: (hit) => {
        const analysis = page.analysis;
        return analysis ? cardContent(hit.mark.annotation, analysis.report, analysis.quotes.map((quote) => quote.id)) : null;
      },
    },
    signal,
  );

  let settings: Settings | null = null;
  const apply = (next: Settings) => {
    if (signal.aborted) return;
    const was = settings !== null && annotatesOn(settings, view.location.hostname);
    const now = annotatesOn(next, view.location.hostname);
    settings = next;
    card.setColours(next.colours);
    page.applySettings(next);
    if (isSiteDisabled(next, view.location.hostname)) page.clear();
    else if (now && !was) void page.annotate();
  };
  void api.loadSettings().then(apply);
  api.onSettings(apply, signal);
}
