import { browserPopupApi } from './browser-popup-api';
import { createTranslator } from './i18n';
import { startPopup } from './popup-app';

// Wiring only: the popup's features live in their own modules (see popup-app.ts).
const root = document.getElementById('app');
if (root) {
  const t = createTranslator();
  void startPopup(root, browserPopupApi(location.search), t);
  // The skeleton is on screen now: the end-to-end tests read this mark to measure the first render.
  performance.mark('story-lens:first-render');
  // The language of the strings actually shown (a locale we ship), not merely the browser's.
  document.documentElement.lang = t('locale');
}
