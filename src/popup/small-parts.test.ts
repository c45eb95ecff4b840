import { describe, expect, it } from 'vitest';
import kerryJson from '../../tests/fixtures/reports/kerry-syria.json';
import german from '../_locales/de/messages.json';
import english from '../_locales/en/messages.json';
import type { StoryReport } from '../shared/report';
import { withTimeout } from './call';
import { fakePopupApi } from './fake-popup-api';
import { groupEntities } from './group-entities';
import { englishMessage } from './english-message';
import { createTranslator } from './i18n';
import { loadView } from './load-view';
import { readTabReport } from './read-tab-report';
import { isRestrictedUrl } from './restricted-url';

const kerry = kerryJson as StoryReport;

describe('isRestrictedUrl', () => {
  it('knows the pages extensions may not read', () => {
    for (const url of ['chrome://newtab/', 'edge://settings', 'about:blank', 'moz-extension://x/popup.html', 'view-source:https://a.example/', 'file:///tmp/a.html', 'https://chrome.google.com/webstore/detail/x', 'https://addons.mozilla.org/de/firefox/', 'not a url']) {
      expect(isRestrictedUrl(url), url).toBe(true);
    }
    for (const url of ['https://edition.cnn.com/2016/10/16/politics/x', 'http://127.0.0.1:8080/cnn-2016.html', 'https://chrome.google.com/search']) {
      expect(isRestrictedUrl(url), url).toBe(false);
    }
  });
});

describe('groupEntities', () => {
  it('finds entities by alias regardless of case and accents', () => {
    const entities = [
      { id: 'place-1', type: 'place' as const, name: 'São Paulo', aliases: ['São Paulo'], mentions: 2 },
      { id: 'place-2', type: 'place' as const, name: 'Britain', aliases: ['UK', 'Britain'], mentions: 3 },
    ];
    expect(groupEntities(entities, 'sao')[1]?.entities.map((entity) => entity.name)).toEqual(['São Paulo']);
    expect(groupEntities(entities, 'UK')[1]?.entities.map((entity) => entity.name)).toEqual(['Britain']);
    expect(groupEntities(entities)[1]?.entities.map((entity) => entity.name)).toEqual(['Britain', 'São Paulo']);
  });
});

describe('i18n', () => {
  it('uses the browser’s translation and falls back to English with substitutions', () => {
    const german = createTranslator((key, subs) => (key === 'position' ? `${subs?.[0]} von ${subs?.[1]}` : ''), englishMessage);
    expect(german('position', 1, 4)).toBe('1 von 4');
    expect(german('copy')).toBe('Copy');
    expect(englishMessage('badgeMatch', 'Title', '98 %')).toBe('Title · 98 % match');
    // Without a fallback (the extension, where the browser falls back itself) a label is never empty.
    expect(createTranslator(() => '')('copy')).toBe('copy');
  });
});

describe('translations', () => {
  it('German has every English message, with the same placeholders', () => {
    const placeholders = (message: string) => [...message.matchAll(/\$[A-Z0-9_]+\$/g)].map((match) => match[0]).sort();
    const en = english as Record<string, { message: string }>;
    const de = german as Record<string, { message: string }>;
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) expect(placeholders(de[key]?.message ?? ''), key).toEqual(placeholders(en[key]?.message ?? ''));
  });
});

describe('withTimeout', () => {
  it('turns silence into an error value', async () => {
    expect(await withTimeout(new Promise(() => undefined), 'report:get', 10)).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(await withTimeout(Promise.resolve({ ok: true as const, value: 1 }), 'x', 10)).toEqual({ ok: true, value: 1 });
  });
});

describe('loadView', () => {
  it('waits for a report still on its way from an annotated page', async () => {
    const fake = fakePopupApi({ report: null, page: 'annotated' });
    let waits = 0;
    const view = await loadView(fake.api, 7, {
      retries: 5,
      wait: async () => {
        // The background stores the report as the page's message reaches it.
        if (++waits === 2) await fake.putReport(kerry);
      },
    });
    expect(view.state).toBe('story');
    expect(waits).toBe(2);
  });
});

describe('readTabReport', () => {
  it('reads the stored record without asking the background, and asks it where the record is damaged or missing', async () => {
    const fake = fakePopupApi({ report: kerry });
    expect(await readTabReport(fake.api, 7)).toEqual({ ok: true, value: kerry });
    expect(fake.sent.filter((message) => message.type === 'report:get')).toEqual([]);
    await fake.api.storage.session.set({ 'tab:7': '{"report":{"version":1,"art' });
    expect(await readTabReport(fake.api, 7)).toEqual({ ok: true, value: kerry });
    expect(await readTabReport(fake.api, 8)).toEqual({ ok: true, value: kerry });
    expect(fake.sent.filter((message) => message.type === 'report:get')).toHaveLength(2);
  });
});
