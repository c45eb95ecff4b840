import { describe, expect, test } from 'vitest';
import { badgeFor, RECOGNISED_MARK } from './badge';
import { fakeReport } from './fake-report';
import { startWorker } from './test-background';

const english = () => '';

describe('the toolbar badge', () => {
  test('shows the number of entities found, and says what was found in the button\'s title', () => {
    const view = badgeFor(fakeReport('Harbour reopens after storm'), english);
    expect(view.text).toBe('3');
    expect(view.title).toBe('Story Lens: Harbour reopens after storm. 1 person, 1 place, 1 organization, 1 quotation');
  });

  test('shows a mark for a story recognised from the catalog, naming it and the match', () => {
    const report = fakeReport('Page headline', { story: { id: 'kerry', title: 'Kerry in London', confidence: 0.974, coverage: 1 } });
    const view = badgeFor(report, english);
    expect(view.text).toBe(RECOGNISED_MARK);
    expect(view.title).toContain('recognised “Kerry in London” (97 % match)');
  });

  test('shows nothing on a page that is not an article, and no "0" on a story without entities', () => {
    const notArticle = fakeReport('Home');
    notArticle.article.detected = false;
    expect(badgeFor(notArticle, english)).toEqual({ text: '', title: null });
    expect(badgeFor(fakeReport('Quiet', { entities: [] }), english).text).toBe('');
  });

  test('caps a huge count to fit the badge', () => {
    const entities = Array.from({ length: 1500 }, (_, i) => ({ id: `e${i}`, type: 'place' as const, name: `P${i}`, aliases: [`P${i}`], mentions: 1 }));
    expect(badgeFor(fakeReport('Big', { entities }), english).text).toBe('999+');
  });

  test('page text in the title is one plain bounded line: control characters and line breaks go', () => {
    const view = badgeFor(fakeReport(`Line one\nline\u0000two\u202e ${'long '.repeat(60)}`), english);
    expect(view.title).not.toMatch(/[\n\u0000\u202e]/);
    expect(view.title?.length).toBeLessThan(220);
    expect(view.title).toContain('Line one line two');
  });

  test('uses the locale\'s words where it has them', () => {
    const german = (key: string, subs?: string[]) => (key === 'badgeCounts' ? `${subs?.[0]} Personen` : key === 'badgeTitleStory' ? `Story Lens: ${subs?.[0]} – ${subs?.[1]}` : '');
    expect(badgeFor(fakeReport('Hafen'), german).title).toBe('Story Lens: Hafen – 1 Personen');
  });

  test('a tab closed before its badge is set does not fail the report', async () => {
    const { browser } = startWorker();
    browser.action.setBadge = async () => {
      throw new Error('No tab with id: 5.');
    };
    expect(await browser.fromTab(5, { type: 'report:put', report: fakeReport('T') })).toBeNull();
    expect(await browser.fromPopup({ type: 'report:get', tabId: 5 })).toMatchObject({ article: { title: 'T' } });
  });

  test('is set per tab by report:put and cleared by report:clear', async () => {
    const { browser } = startWorker();
    await browser.fromTab(5, { type: 'report:put', report: fakeReport('T') });
    expect(browser.badges.get(5)).toMatchObject({ text: '3', title: expect.stringContaining('Story Lens: T.') });
    expect(browser.badges.get(6)).toBeUndefined();
    await browser.fromTab(5, { type: 'report:clear' });
    expect(browser.badges.get(5)).toMatchObject({ text: '', title: null });
  });
});
