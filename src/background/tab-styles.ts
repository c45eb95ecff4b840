import type { HighlightStyle } from '../shared/highlight-style';
import { HIGHLIGHT_PARTS, highlightCss, highlightStyleParser } from '../shared/highlight-style';
import type { Result } from '../shared/result';
import { err, ok } from '../shared/result';
import type { BrowserApi } from './browser-api';
import type { WithLock } from './write-lock';

const PREFIX = 'style:';
const styleKey = (tabId: number) => `${PREFIX}${tabId}`;

/**
 * The highlight style sheet of each tab, inserted into the page by the worker so that the page's
 * own scripts cannot read it (an adopted sheet would be theirs to see). The style last inserted in a
 * tab is kept in storage.session: a new one (new colours, or the next content script in that tab)
 * replaces it, since removing a sheet takes its exact text, and the worker may have been stopped
 * since it was inserted.
 */
export class TabStyles {
  constructor(
    private readonly api: BrowserApi,
    private readonly withLock: WithLock,
  ) {}

  /** Draws a tab's highlights in `style` (null: removes the sheet); answers the names of the style it replaced. */
  set(tabId: number, style: HighlightStyle | null): Promise<Result<{ previous: string[] }, string>> {
    return this.withLock(styleKey(tabId), async () => {
      const area = this.api.storage.session;
      const key = styleKey(tabId);
      const stored = highlightStyleParser((await area.get(key))[key], '');
      const previous = stored.ok ? stored.value : null;
      const css = style ? highlightCss(style) : null;
      const before = previous ? highlightCss(previous) : null;
      if (css === before) return ok({ previous: [] });
      if (css !== null) {
        try {
          await this.api.pageCss.insert(tabId, css);
        } catch (error) {
          return err(error instanceof Error ? error.message : String(error));
        }
      }
      // the old sheet goes after the new one is in, so the highlights never show unstyled
      if (before !== null) await this.api.pageCss.remove(tabId, before).catch(() => undefined);
      if (style) await area.set({ [key]: style });
      else await area.remove(key);
      // a removal is the sender's own: its names are its to keep
      if (!style || !previous) return ok({ previous: [] });
      const names = new Set(HIGHLIGHT_PARTS.map((part) => style.names[part]));
      return ok({ previous: HIGHLIGHT_PARTS.map((part) => previous.names[part]).filter((name) => !names.has(name)) });
    });
  }

  /** A closed tab's sheet went with its page: only the record is left to forget. */
  async forget(tabId: number): Promise<void> {
    await this.api.storage.session.remove(styleKey(tabId));
  }
}
