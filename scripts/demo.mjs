// `npm start`: builds Story Lens, serves the bundled demo story page (tests/fixtures/demo/) on
// 127.0.0.1 and opens Debian's Chromium with the extension loaded on it.
//
//   With a display ($DISPLAY or $WAYLAND_DISPLAY): the browser stays open on the annotated page, with
//   the popup's view of it in a second tab, until Ctrl-C.
//   Without one: runs headless, prints the story report the background holds for the page (title,
//   recognised story, highlights, entities by type, quotations with speakers) and saves a screenshot
//   of the annotated page to artifacts/demo.png (and of the popup to artifacts/demo-popup.png).
//
// Installs what a fresh machine lacks first (npm ci, Debian's chromium: scripts/ensure-setup.mjs).
// Options: --headless forces headless mode; $CHROMIUM_PATH overrides /usr/bin/chromium.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureSetup, SetupError } from './ensure-setup.mjs';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const demoDir = join(root, 'tests/fixtures/demo') + sep;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const headless = process.argv.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const screenshotPath = join(root, 'artifacts/demo.png');
const popupShotPath = join(root, 'artifacts/demo-popup.png');
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function fail(message) {
  console.error(`story-lens demo: ${message}`);
  process.exit(1);
}

// A fresh clone on a fresh machine: the dependencies and Debian's Chromium are installed first.
try {
  ensureSetup({ packages: process.env.CHROMIUM_PATH ? [] : ['chromium'] });
} catch (error) {
  if (!(error instanceof SetupError)) throw error;
  fail(error.message);
}
if (!existsSync(chromiumPath)) fail(`Chromium not found at ${chromiumPath}: apt-get install chromium (or set CHROMIUM_PATH)`);
let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch {
  fail('playwright-core is not installed: run npm ci first');
}

const build = spawnSync(process.execPath, [join(root, 'build.mjs')], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) fail('the build failed (see above)');

const server = await serve(demoDir);
const storyUrl = `${server.origin}/index.html`;
const context = await chromium.launchPersistentContext('', {
  headless,
  executablePath: chromiumPath,
  // Headless: a fixed window for repeatable screenshots. Headed: the window's own size.
  viewport: headless ? { width: 1280, height: 900 } : null,
  args: [`--load-extension=${join(root, 'dist/chrome')}`, `--disable-extensions-except=${join(root, 'dist/chrome')}`, ...FLAGS],
});
const shutdown = async () => {
  await context.close().catch(() => undefined);
  server.close();
};

try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 60_000 }));
  const extension = `chrome-extension://${new URL(worker.url()).host}`;
  // An extension page creates the story's tab, which is how its tab id is known (Chromium shows tab
  // URLs only to extensions with the tabs permission), and later shows the popup's view of it.
  const popup = context.pages()[0] ?? (await context.newPage());
  await popup.goto(`${extension}/popup/popup.html?tab=-1`);
  const storyPageOpened = context.waitForEvent('page', { predicate: (page) => page.url() === storyUrl, timeout: 60_000 });
  const tabId = await popup.evaluate((url) => chrome.tabs.create({ url, active: true }).then((tab) => tab.id), storyUrl);
  const story = await storyPageOpened;
  await story.waitForLoadState('load');
  const state = await pollPageState(popup, tabId);
  const report = await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'report:get', tabId: id }), tabId);
  if (!report) throw new Error(`the content script says "${state?.state ?? 'nothing'}" and the background holds no report for the demo page`);

  await story.evaluate(() => {
    const headline = document.querySelector('h1');
    if (headline) window.scrollTo(0, headline.getBoundingClientRect().top + window.scrollY - 24);
  });
  await story.waitForTimeout(300);
  mkdirSync(join(root, 'artifacts'), { recursive: true });
  await story.screenshot({ path: screenshotPath });
  await popup.goto(`${extension}/popup/popup.html?tab=${tabId}`);
  // The popup's own view of the report, at a toolbar popup's width.
  if (headless) await popup.setViewportSize({ width: 400, height: 600 });
  await popup.waitForFunction((title) => document.body.innerText.includes(title), report.article.title ?? '', { timeout: 30_000 }).catch(() => undefined);
  await popup.screenshot({ path: popupShotPath });

  console.log(`\n${formatReport(report, state)}`);
  console.log(`Screenshots: the annotated page ${screenshotPath}, the popup ${popupShotPath}`);
  if (headless) {
    await shutdown();
  } else {
    await story.bringToFront();
    console.log(`Chromium is open on ${storyUrl} (the popup's view is in the other tab). Ctrl-C quits.`);
    process.once('SIGINT', () => void shutdown().then(() => process.exit(0)));
    context.once('close', () => void shutdown().then(() => process.exit(0)));
  }
} catch (error) {
  await shutdown();
  fail(error instanceof Error ? error.message.split('\n')[0] : String(error));
}

/** Asks the content script for its state until it has finished with the page (or 60 s pass). */
async function pollPageState(page, tabId) {
  const deadline = Date.now() + 60_000;
  let state = null;
  while (Date.now() < deadline) {
    state = await page.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'page:state' }), tabId).catch(() => null);
    if (state && state.state !== 'idle') return state;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return state;
}

/** The report as plain text: what the popup shows, for a terminal. */
function formatReport(report, state) {
  const lines = [];
  const { article, story } = report;
  lines.push(`Title:      ${article.title ?? '(none)'}`);
  const facts = [article.site, article.byline, article.published].filter(Boolean).join(' · ');
  if (facts) lines.push(`            ${facts}`);
  lines.push(
    story.id
      ? `Story:      recognised "${story.title ?? story.id}" (${story.id}), confidence ${pct(story.confidence)}, coverage ${pct(story.coverage)}`
      : 'Story:      not one in the catalog',
  );
  if (state) {
    const painted = Object.entries(state.painted).map(([kind, count]) => `${count} ${kind}`).join(', ');
    lines.push(`On the page: ${state.state}; painted ${painted} (${state.renderer})`);
  }
  lines.push('', `Highlights (${report.highlights[0]?.source ?? 'none'}):`);
  for (const highlight of report.highlights) lines.push(`  • ${highlight.text}`);
  for (const [type, heading] of [['person', 'People'], ['place', 'Places'], ['organization', 'Organizations']]) {
    const entities = report.entities.filter((entity) => entity.type === type);
    lines.push('', `${heading} (${entities.length}):`);
    for (const entity of entities) {
      const others = entity.aliases.filter((alias) => alias !== entity.name);
      lines.push(`  ${entity.name} ×${entity.mentions}${others.length > 0 ? `  (also ${others.join(', ')})` : ''}`);
    }
  }
  lines.push('', `Quotations (${report.quotes.length}):`);
  for (const quote of report.quotes) lines.push(`  “${quote.text}”\n      — ${quote.speaker ?? 'unattributed'}`);
  return `${lines.join('\n')}\n`;
}

function pct(value) {
  return `${Math.round(value * 100)} %`;
}

/** A static server for one folder on 127.0.0.1, at a port the system picks. */
async function serve(dir) {
  const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png', '.svg': 'image/svg+xml' };
  const httpServer = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${httpServer.address().port}`,
    close: () => {
      httpServer.closeAllConnections();
      httpServer.close();
    },
  };
}
