import { createTranslator } from '../popup/i18n';
import { browserOptionsApi } from './browser-options-api';
import { startOptions } from './options-app';

// Wiring only: the page's sections live in their own modules (see options-app.ts).
const root = document.getElementById('app');
if (root) {
  const t = createTranslator();
  document.documentElement.lang = t('locale');
  document.title = t('optionsTitle');
  void startOptions(root, browserOptionsApi(), t);
}
