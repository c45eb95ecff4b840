import type { PageMention } from '../shared/protocol';
import { pageMentionsParser } from '../shared/validate-message';
import type { PopupApi } from './popup-api';

/**
 * Every painted mention of the tab's story with its context, as its content script tells them; null
 * where the page cannot say (not reachable, reloaded meanwhile) or answers something malformed. The
 * content script runs among a web page's scripts, so its answer is checked, not trusted.
 */
export async function pageMentions(api: PopupApi, tabId: number): Promise<PageMention[] | null> {
  const answer = await api.tab(tabId)('page:mentions', {});
  if (!answer.ok) return null;
  const parsed = pageMentionsParser(answer.value, 'page:mentions');
  return parsed.ok && parsed.value.length > 0 ? parsed.value : null;
}
