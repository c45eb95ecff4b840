import { browserPopupApi } from './browser-popup-api';
import { firstPaint } from './first-paint';
import { createTranslator } from './i18n';
import { startPopup } from './popup-app';

// Wiring only: the popup's features live in their own modules (see popup-app.ts).
const root = document.getElementById('app');
if (root) {
  const t = createTranslator();
  // popup.html's loading frame is on screen already; only its screen-reader line is in English there.
  const loading = root.querySelector('.loading .sr-only');
  if (loading) loading.textContent = t('loading');
  void startPopup(root, browserPopupApi(location.search), t, { painted: firstPaint(100) });
  // The language of the strings actually shown (a locale we ship), not merely the browser's.
  document.documentElement.lang = t('locale');
}

// The skeleton is popup.html's own, painted before this script runs or soon after: the mark the tests
// and the benchmark read is the time of that paint (the first contentful paint), not of this script.
new PerformanceObserver((entries, observer) => {
  const paint = entries.getEntriesByName('first-contentful-paint')[0];
  if (!paint) return;
  performance.mark('story-lens:first-render', { startTime: paint.startTime });
  observer.disconnect();
}).observe({ type: 'paint', buffered: true });
