// The popup benchmark bundle: the real popup code (startPopup) with the large fixture report (200
// entities, 100 quotations) handed in through the popup's own in-memory API (fakePopupApi), so the time
// measured is the popup's: from the page's navigation start to the story view on screen (`shown`: the
// header, highlights and first rows) and to every row listed (`rendered`: startPopup's answer).
import largeReport from '../../tests/fixtures/reports/large.json';
import { fakePopupApi } from '../../src/popup/fake-popup-api';
import { englishMessage } from '../../src/popup/english-message';
import { createTranslator } from '../../src/popup/i18n';
import { startPopup } from '../../src/popup/popup-app';

const scriptStart = performance.now();
const root = document.getElementById('app');
const { api } = fakePopupApi({ report: largeReport, url: largeReport.url ?? 'https://example.com/story' });
globalThis.__storyLensPopup = startPopup(root, api, createTranslator(null, englishMessage)).then((view) => {
  const rendered = performance.now();
  return new Promise((resolve) =>
    requestAnimationFrame(() =>
      setTimeout(() =>
        resolve({
          state: view.state,
          scriptStart,
          shown: performance.getEntriesByName('story-lens:view-shown')[0]?.startTime ?? rendered,
          rendered,
          painted: performance.now(),
          entitiesShown: root.querySelectorAll('li').length,
          nodes: root.querySelectorAll('*').length,
        }),
      ),
    ),
  );
});
