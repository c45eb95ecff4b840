// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import excerptJson from '../../tests/fixtures/reports/excerpt.json';
import kerryJson from '../../tests/fixtures/reports/kerry-syria.json';
import largeJson from '../../tests/fixtures/reports/large.json';
import notArticleJson from '../../tests/fixtures/reports/not-article.json';
import type { StoryReport } from '../shared/report';
import { loadSettings } from '../shared/settings';
import { fakePopupApi, type FakeOptions } from './fake-popup-api';
import { englishMessage } from './english-message';
import { createTranslator } from './i18n';
import { startPopup } from './popup-app';
import { renderLoading } from './render-loading';

const kerry = kerryJson as StoryReport;
const excerpt = excerptJson as StoryReport;
const large = largeJson as StoryReport;
const notArticle = notArticleJson as StoryReport;
const t = createTranslator(null, englishMessage);
const noWait = { wait: async () => undefined };

let root: HTMLElement;
beforeEach(() => {
  document.body.replaceChildren();
  root = document.createElement('div');
  root.id = 'app';
  document.body.append(root);
});

async function open(options: FakeOptions) {
  const fake = fakePopupApi(options);
  const view = await startPopup(root, fake.api, t, noWait);
  return { ...fake, view };
}

const texts = (selector: string) => [...root.querySelectorAll(selector)].map((element) => element.textContent?.trim());
const button = (name: string | RegExp) => {
  const found = [...root.querySelectorAll('button')].find((element) => (typeof name === 'string' ? element.textContent?.includes(name) : name.test(element.textContent ?? '')));
  if (!found) throw new Error(`no button ${name}`);
  return found;
};
const group = (title: string) => [...root.querySelectorAll('.group')].find((element) => element.querySelector('h3')?.textContent?.startsWith(title)) as HTMLElement;

describe('the popup on a catalog story (Kerry fixture)', () => {
  it('shows a skeleton at once, never an empty box, then the story in the same frame', async () => {
    const fake = fakePopupApi({ report: kerry });
    const started = startPopup(root, fake.api, t, noWait);
    expect(root.dataset.state).toBe('loading');
    expect(root.querySelector('[aria-busy="true"]')?.textContent).toContain('Loading');
    expect(root.querySelectorAll('.skeleton').length).toBeGreaterThan(5);
    await started;
    expect(root.dataset.state).toBe('story');
    expect(root.querySelector('[aria-busy]')).toBeNull();
  });

  it('keeps popup.html’s own loading frame (the same as renderLoading’s, with its status line) until the story replaces it', async () => {
    const page = new DOMParser().parseFromString(readFileSync(join(__dirname, 'popup.html'), 'utf8'), 'text/html');
    root.replaceWith(document.importNode(page.getElementById('app') as HTMLElement, true));
    root = document.getElementById('app') as HTMLElement;
    const frame = root.querySelector('.loading') as HTMLElement;
    expect(frame.outerHTML).toBe(renderLoading(t).outerHTML);
    const started = startPopup(root, fakePopupApi({ report: kerry }).api, t, noWait);
    // Not rebuilt: the very nodes the browser painted before the script ran.
    expect(root.querySelector('.loading')).toBe(frame);
    expect(root.dataset.state).toBe('loading');
    await started;
    expect(root.dataset.state).toBe('story');
    expect(root.querySelector('.loading')).toBeNull();
  });

  it('asks for the report at once but builds the story only once the skeleton is on screen', async () => {
    let paint = () => {};
    const painted = new Promise<void>((resolve) => (paint = resolve));
    const fake = fakePopupApi({ report: kerry });
    const started = startPopup(root, fake.api, t, { ...noWait, painted });
    // Every answer is in (the page was asked, the report read) while the first frame is still being put on screen.
    await vi.waitFor(() => expect(fake.sent.some((message) => message.type === 'page:state')).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(root.dataset.state).toBe('loading');
    expect(root.querySelector('[role="status"][aria-busy="true"]')).not.toBeNull();
    paint();
    await started;
    expect(root.dataset.state).toBe('story');
    expect(root.querySelector('h1')?.textContent).toBe('Kerry in London for Syria talks with allies');
  });

  it('heads with the headline, site, date and the catalog badge with its match', async () => {
    await open({ report: kerry, related: [{ url: 'https://reprint.example/kerry', site: 'reprint.example', title: 'Kerry in London', lastSeen: '2026-11-25T09:00:00Z' }] });
    expect(root.querySelector('h1')?.textContent).toBe('Kerry in London for Syria talks with allies');
    expect(root.querySelector('.facts')?.textContent).toBe('CNN · 16 Oct 2016');
    expect(root.querySelector('.badge')?.textContent).toContain('Kerry in London for Syria talks with allies · 98\u00a0% match');
    const related = root.querySelector('.related a') as HTMLAnchorElement;
    expect(related.textContent).toBe('reprint.example');
    expect(related.href).toBe('https://reprint.example/kerry');
  });

  it('lists the story highlights with their source', async () => {
    await open({ report: kerry });
    expect(texts('.highlights li')).toEqual(kerry.highlights.map((highlight) => highlight.text));
    expect(root.querySelector('#highlights-title')?.parentElement?.textContent).toContain('from the page');
  });

  it('groups entities by kind with counts, most mentioned first', async () => {
    await open({ report: kerry });
    expect(texts('.group h3')).toEqual(['People 5', 'Places 21', 'Organizations 7']);
    expect(texts('.group.kind-person .name')[0]).toBe('John Kerry');
    const places = texts('.group.kind-place .name');
    expect(places[0]).toBe('Syria');
    expect(places.slice(1, 3)).toEqual(['Aleppo', 'Britain']);
    expect(group('People').querySelector('.mention')?.textContent).toContain('5 mentions');
  });

  it('shows an entity’s other names on demand', async () => {
    await open({ report: kerry });
    const britain = [...root.querySelectorAll('.entity')].find((item) => item.querySelector('.name')?.textContent === 'Britain') as HTMLElement;
    const toggle = britain.querySelector('.aliases-toggle') as HTMLButtonElement;
    const list = britain.querySelector('.aliases') as HTMLElement;
    expect(list.hidden).toBe(true);
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(list.hidden).toBe(false);
    expect(texts('.aliases:not([hidden]) li')).toEqual(['UK']);
  });

  it('scrolls to the next mention on each click and shows “1 of 5”, then “2 of 5”', async () => {
    const { sent } = await open({ report: kerry });
    const kerryButton = button('John Kerry');
    kerryButton.click();
    await vi.waitFor(() => expect(kerryButton.parentElement?.querySelector('.position')?.textContent).toBe('1 of 5'));
    kerryButton.click();
    await vi.waitFor(() => expect(kerryButton.parentElement?.querySelector('.position')?.textContent).toBe('2 of 5'));
    expect(sent.filter((message) => message.type === 'highlights:show')).toEqual([
      { to: 7, type: 'highlights:show', params: { ref: 'person-1' } },
      { to: 7, type: 'highlights:show', params: { ref: 'person-1' } },
    ]);
  });

  it('filters entities by name or alias, and says when nothing matches', async () => {
    await open({ report: kerry });
    const filter = root.querySelector('input[type="search"]') as HTMLInputElement;
    filter.value = 'uk';
    filter.dispatchEvent(new Event('input'));
    expect(texts('.entity .name')).toEqual(['Britain']);
    expect(texts('.group h3')).toContain('Places 1/21');
    filter.value = 'zzz';
    filter.dispatchEvent(new Event('input'));
    expect(root.querySelector('.groups')?.textContent).toBe('No entity matches “zzz”.');
  });

  it('lists quotations with their speakers; a click scrolls to the quotation', async () => {
    const { sent } = await open({ report: kerry });
    expect(texts('.quote-text')[0]).toBe('“broad agreement”');
    expect(texts('.speaker')).toContain('— Bashar al-Assad');
    button('springboard').click();
    await vi.waitFor(() => expect(sent.at(-1)).toEqual({ to: 7, type: 'highlights:show', params: { ref: 'quote-4' } }));
  });

  it('switches one kind of highlight on the page and remembers it', async () => {
    const { api, sent } = await open({ report: kerry });
    const placeSwitch = group('Places').querySelector('input[role="switch"]') as HTMLInputElement;
    expect(placeSwitch.checked).toBe(true);
    placeSwitch.click();
    await vi.waitFor(() => expect(sent.at(-1)).toEqual({ to: 7, type: 'highlights:toggle', params: { kind: 'place', on: false } }));
    await vi.waitFor(async () => expect((await loadSettings(api.storage)).shown.place).toBe(false));
  });

  it('switches Story Lens off for the site', async () => {
    const { api } = await open({ report: kerry });
    const siteSwitch = root.querySelector('#site-switch') as HTMLInputElement;
    expect(siteSwitch.checked).toBe(true);
    siteSwitch.click();
    await vi.waitFor(async () => expect((await loadSettings(api.storage)).disabledSites).toEqual(['edition.cnn.com']));
  });

  it('offers no saving for a catalog story, and exports Markdown, JSON and Web Annotations', async () => {
    const { downloads, copied } = await open({ report: kerry });
    expect(root.querySelector('button.save')).toBeNull();
    const format = root.querySelector('select') as HTMLSelectElement;
    for (const value of ['markdown', 'json', 'web-annotation']) {
      format.value = value;
      button('Download').click();
      await vi.waitFor(() => expect(downloads).toHaveLength(['markdown', 'json', 'web-annotation'].indexOf(value) + 1));
    }
    expect(downloads.map((file) => file.filename)).toEqual([
      'kerry-in-london-for-syria-talks-with-allies.md',
      'kerry-in-london-for-syria-talks-with-allies.json',
      'kerry-in-london-for-syria-talks-with-allies.annotations.jsonld',
    ]);
    expect(downloads[0]?.text).toContain('# Kerry in London for Syria talks with allies');
    expect(JSON.parse(downloads[1]?.text ?? '')).toEqual(kerry);
    const annotations = JSON.parse(downloads[2]?.text ?? '');
    expect(annotations.type).toBe('AnnotationCollection');
    button('Copy').click();
    await vi.waitFor(() => expect(copied).toHaveLength(1));
    expect(JSON.parse(copied[0] ?? '').first.items.length).toBe(annotations.first.items.length);
    await vi.waitFor(() => expect(root.querySelector('.status')?.textContent).toBe('Copied to the clipboard.'));
  });
});

describe('the Web Annotation export', () => {
  const exportAnnotations = async (options: FakeOptions) => {
    const fake = await open(options);
    (root.querySelector('select') as HTMLSelectElement).value = 'web-annotation';
    button('Download').click();
    await vi.waitFor(() => expect(fake.downloads).toHaveLength(1));
    return { ...fake, collection: JSON.parse(fake.downloads[0]?.text ?? '') };
  };
  const kerryId = kerry.entities.find((entity) => entity.name === 'John Kerry')?.id ?? '';

  it('makes one annotation per mention the page painted, each a TextQuoteSelector with prefix and suffix', async () => {
    const mentions = [
      { ref: kerryId, kind: 'person', exact: 'John Kerry', prefix: 'allies\u2019 ', suffix: ' has second meeting in two days' },
      { ref: kerryId, kind: 'person', exact: 'Kerry', prefix: 'Secretary of State ', suffix: ' met European' },
      { ref: 'quote-1', kind: 'quote', exact: kerry.quotes[0]?.text ?? '', prefix: 'said: \u201c', suffix: '\u201d' },
    ];
    const { collection, sent } = await exportAnnotations({ report: kerry, mentions });
    expect(sent).toContainEqual({ to: 7, type: 'page:mentions', params: {} });
    expect(collection.total).toBe(3);
    const items = collection.first.items as Array<{ body: Array<{ value: string }>; target: { selector: object } }>;
    expect(items.map((item) => item.target.selector)).toEqual(mentions.map(({ exact, prefix, suffix }) => ({ type: 'TextQuoteSelector', exact, prefix, suffix })));
    // The body names the entity by its canonical name whatever form the page used.
    expect(items[1]?.body[0]?.value).toBe('John Kerry');
    const speaker = kerry.quotes[0]?.speaker;
    if (speaker) expect(items[2]?.body.map((body) => body.value)).toContain(`Speaker: ${speaker}`);
  });

  it('does not trust a malformed answer from the page: one annotation per name form instead', async () => {
    const { collection } = await exportAnnotations({ report: kerry, mentions: [{ ref: kerryId, kind: 'person', exact: 'Kerry', prefix: 'x'.repeat(5_000), suffix: '' }] });
    const forms = kerry.entities.reduce((sum, entity) => sum + new Set(entity.aliases.length > 0 ? entity.aliases : [entity.name]).size, 0);
    expect(collection.total).toBe(forms + kerry.quotes.length);
    expect(collection.first.items.every((item: { target: { selector: { prefix?: string } } }) => item.target.selector.prefix === undefined)).toBe(true);
  });
});

describe('the popup on other stories', () => {
  it('marks an excerpt of a catalog story with its coverage, and can save it', async () => {
    const { sent } = await open({ report: excerpt });
    expect(root.querySelector('.badge')?.textContent).toContain('Quotes 45\u00a0% of “Kerry in London for Syria talks with allies”');
    expect(root.querySelector('#highlights-title')?.parentElement?.textContent).toContain('chosen by Story Lens');
    expect(texts('.speaker')).toContain('— unattributed');
    const save = button('Save to catalog') as HTMLButtonElement;
    save.click();
    await vi.waitFor(() => expect(save.textContent).toBe('Saved'));
    expect(sent).toContainEqual({ to: 'background', type: 'catalog:save', params: { tabId: 7 } });
  });

  it('renders a long story with 200 entities and 100 quotations', async () => {
    await open({ report: large });
    expect(root.querySelectorAll('.entity')).toHaveLength(200);
    expect(root.querySelectorAll('.mention.quote')).toHaveLength(100);
    const counts = [...root.querySelectorAll('.group.kind-person .mentions [aria-hidden]')].map((element) => Number(element.textContent));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('inserts page text as text, never as markup', async () => {
    const hostile: StoryReport = { ...kerry, article: { ...kerry.article, title: '<img src=x onerror="alert(1)">Headline' }, highlights: [{ text: '<b>bold</b>', source: 'page' }] };
    await open({ report: hostile, related: [{ url: 'javascript:alert(1)', site: 'evil', title: null, lastSeen: '2026-01-01T00:00:00Z' }] });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.highlights b')).toBeNull();
    expect(root.querySelector('h1')?.textContent).toBe('<img src=x onerror="alert(1)">Headline');
    expect(root.querySelector('.related a')).toBeNull();
    expect(root.querySelector('.related')?.textContent).toContain('evil');
  });
});

describe('the popup without a story', () => {
  it('offers “Annotate anyway” on a page that is not an article, and then shows the story', async () => {
    const { sent } = await open({ report: notArticle, page: 'not-article', annotatedReport: kerry });
    expect(root.dataset.state).toBe('no-story');
    expect(root.querySelector('h1')?.textContent).toBe('No news story here');
    button('Annotate anyway').click();
    await vi.waitFor(() => expect(root.dataset.state).toBe('story'));
    expect(sent.some((message) => message.type === 'page:annotate')).toBe(true);
  });

  it('offers to annotate a page that waits for the reader (automatic annotation off)', async () => {
    await open({ report: null, page: 'idle' });
    expect(root.querySelector('h1')?.textContent).toBe('Not annotated yet');
    expect(button('Annotate this page')).toBeTruthy();
  });

  it('explains browser pages and the extension stores', async () => {
    for (const url of ['chrome://extensions/', 'about:addons', 'https://chromewebstore.google.com/detail/x', 'https://addons.mozilla.org/en-US/firefox/']) {
      await open({ url, report: null });
      expect(root.dataset.state).toBe('restricted');
      expect(root.querySelector('h1')?.textContent).toBe('Story Lens can’t run here');
    }
    await open({ url: null, report: null, page: 'unreachable' });
    expect(root.dataset.state).toBe('restricted');
  });

  it('asks to reload a web page whose content script does not answer', async () => {
    await open({ url: 'https://news.example.com/a', report: null, page: 'unreachable' });
    expect(root.querySelector('h1')?.textContent).toBe('Reload the page');
  });

  it('shows an error with a way to try again', async () => {
    const { sent } = await open({ report: kerry, backgroundError: 'storage broke' });
    expect(root.dataset.state).toBe('error');
    expect(root.querySelector('.message-text')?.textContent).toContain('storage broke');
    button('Try again').click();
    await vi.waitFor(() => expect(sent.filter((message) => message.type === 'report:get')).toHaveLength(2));
  });

  it('never leaves the frame empty in any state', async () => {
    for (const options of [{ report: kerry }, { report: null, page: 'idle' as const }, { url: 'about:blank' }, { backgroundError: 'x' }]) {
      await open(options);
      expect(root.querySelector('main')?.textContent?.trim().length).toBeGreaterThan(10);
    }
  });
});

describe('the popup follows the tab while it is open', () => {
  const otherStory: StoryReport = {
    ...excerpt,
    url: 'https://news.example.org/another',
    article: { ...excerpt.article, title: 'Another story on the same page' },
  };

  it('shows the story once a page that was not annotated reports one, without reopening', async () => {
    const fake = await open({ report: null, page: 'idle' });
    expect(root.dataset.state).toBe('no-story');
    fake.setPage('annotated');
    await fake.putReport(kerry);
    await vi.waitFor(() => expect(root.dataset.state).toBe('story'));
    expect(root.querySelector('h1')?.textContent).toBe('Kerry in London for Syria talks with allies');
  });

  it('moves to the page’s new story and back to “no story” when the site is switched off', async () => {
    const fake = await open({ report: kerry });
    button('John Kerry').click();
    await vi.waitFor(() => expect(texts('.position').filter((text) => text !== '')).toEqual(['1 of 5']));
    await fake.putReport(otherStory);
    await vi.waitFor(() => expect(root.querySelector('h1')?.textContent).toBe('Another story on the same page'));
    // Another story's entities: no position carried over from the last one's ids.
    expect(texts('.position').filter((text) => text !== '')).toEqual([]);
    fake.setPage('idle');
    await fake.putReport(null);
    await vi.waitFor(() => expect(root.dataset.state).toBe('no-story'));
  });

  it('gives the focus back to the filter after the page passed through “no story” on its way to another story', async () => {
    const fake = await open({ report: kerry });
    (root.querySelector('input[type="search"]') as HTMLInputElement).focus();
    fake.setPage('idle');
    await fake.putReport(null);
    await vi.waitFor(() => expect(root.dataset.state).toBe('no-story'));
    fake.setPage('annotated');
    await fake.putReport(otherStory);
    await vi.waitFor(() => expect(root.dataset.state).toBe('story'));
    expect(document.activeElement).toBe(root.querySelector('input[type="search"]'));
  });

  it('keeps the filter, the open names, the positions, the focus and the scroll when the report is stored again', async () => {
    const fake = await open({ report: kerry });
    const filter = root.querySelector('input[type="search"]') as HTMLInputElement;
    filter.value = 'b';
    filter.dispatchEvent(new Event('input'));
    const britain = () => [...root.querySelectorAll('.entity')].find((item) => item.querySelector('.name')?.textContent === 'Britain') as HTMLElement;
    (britain().querySelector('.aliases-toggle') as HTMLButtonElement).click();
    button('Britain').click();
    await vi.waitFor(() => expect(britain().querySelector('.position')?.textContent).toMatch(/^1 of \d+$/));
    const content = root.querySelector('.content') as HTMLElement;
    content.scrollTop = 120;
    filter.focus();
    filter.setSelectionRange(1, 1);
    const before = root.querySelector('h1');
    // The page analysed again (a late paragraph): one more mention of the most mentioned person.
    await fake.putReport({ ...kerry, entities: kerry.entities.map((entity, index) => (index === 0 ? { ...entity, mentions: entity.mentions + 1 } : entity)) });
    await vi.waitFor(() => expect(root.querySelector('h1')).not.toBe(before));
    const fresh = root.querySelector('input[type="search"]') as HTMLInputElement;
    expect(fresh.value).toBe('b');
    expect(document.activeElement).toBe(fresh);
    expect(fresh.selectionStart).toBe(1);
    expect(texts('.entity .name')).toContain('Britain');
    expect(texts('.entity .name')).not.toContain('John Kerry');
    expect(britain().querySelector('.aliases-toggle')?.getAttribute('aria-expanded')).toBe('true');
    expect((britain().querySelector('.aliases') as HTMLElement).hidden).toBe(false);
    expect(britain().querySelector('.position')?.textContent).toMatch(/^1 of \d+$/);
    expect((root.querySelector('.content') as HTMLElement).scrollTop).toBe(120);
  });

  it('does not redraw for a report stored again unchanged', async () => {
    const fake = await open({ report: kerry });
    const before = root.querySelector('h1');
    await fake.putReport(kerry);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(root.querySelector('h1')).toBe(before);
  });
});

describe('the popup is true to the page', () => {
  it('shows the kinds the page shows, not the stored setting (a kind hidden with the keyboard command)', async () => {
    await open({ report: kerry, shown: { person: true, place: false, organization: true, quote: false } });
    const checked = (selector: string) => (root.querySelector(selector) as HTMLInputElement).checked;
    expect(checked('input[data-key="kind:person"]')).toBe(true);
    expect(checked('input[data-key="kind:place"]')).toBe(false);
    expect(checked('input[data-key="kind:quote"]')).toBe(false);
    // The filter draws the groups again: the switches still say what the page shows.
    const filter = root.querySelector('input[type="search"]') as HTMLInputElement;
    filter.value = 'a';
    filter.dispatchEvent(new Event('input'));
    expect(checked('input[data-key="kind:place"]')).toBe(false);
  });

  it('keeps a line for the other sites until the background says, then fills it', async () => {
    await open({ report: kerry });
    expect(root.querySelector('.related')?.textContent).toBe('Not seen on other sites yet');
    expect(root.querySelector('.related.pending')).toBeNull();
  });

  it('puts a long report’s first screenful up first and the rest of its lists after', async () => {
    const fake = fakePopupApi({ report: large });
    const done = startPopup(root, fake.api, t, noWait);
    await vi.waitFor(() => expect(root.dataset.state).toBe('story'));
    const first = root.querySelectorAll('.entity, .mention.quote').length;
    expect(first).toBeGreaterThan(5);
    expect(first).toBeLessThan(300);
    expect(root.hasAttribute('data-pending')).toBe(true);
    await done;
    expect(root.hasAttribute('data-pending')).toBe(false);
    expect(root.querySelectorAll('.entity')).toHaveLength(200);
    expect(root.querySelectorAll('.mention.quote')).toHaveLength(100);
  });
});
