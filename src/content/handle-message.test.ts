import { describe, expect, it } from 'vitest';
import type { PageState } from '../shared/protocol';
import type { ContentCalls } from './handle-message';
import { handleMessage } from './handle-message';

const STATE: PageState = { state: 'annotated', painted: { person: 1, place: 0, organization: 0, quote: 0 }, renderer: 'highlight-api' };

function calls(log: unknown[]): ContentCalls {
  return {
    state: () => STATE,
    toggle: async (kind, on) => (log.push(['toggle', kind, on]), STATE),
    show: (ref) => (ref === 'e1' ? { index: 1, total: 3 } : null),
    annotate: async () => (log.push(['annotate']), STATE),
    clear: () => (log.push(['clear']), STATE),
    mentions: () => [{ ref: 'e1', kind: 'person', exact: 'Ada Lovelace', prefix: 'said ', suffix: ' on Monday' }],
    report: () => null,
  };
}

describe('handleMessage', () => {
  const log: unknown[] = [];
  const handle = handleMessage(calls(log), 'our-id');

  it('answers the test contract’s page:state', async () => {
    expect(await handle({ type: 'page:state' }, 'our-id')).toEqual(STATE);
  });

  it('passes a toggle’s kind and switch through, and refuses a kind that does not exist', async () => {
    await handle({ type: 'highlights:toggle', kind: 'place', on: false }, 'our-id');
    expect(log).toContainEqual(['toggle', 'place', false]);
    expect(await handle({ type: 'highlights:toggle', kind: 'planet' }, 'our-id')).toMatchObject({ error: { code: 'malformed' } });
    expect(await handle({ type: 'highlights:toggle', on: 'yes' }, 'our-id')).toMatchObject({ error: { code: 'malformed' } });
  });

  it('answers "show me" with the position, or not-found', async () => {
    expect(await handle({ type: 'highlights:show', ref: 'e1' }, 'our-id')).toEqual({ index: 1, total: 3 });
    expect(await handle({ type: 'highlights:show', ref: 'e9' }, 'our-id')).toMatchObject({ error: { code: 'not-found' } });
    expect(await handle({ type: 'highlights:show', ref: 7 }, 'our-id')).toMatchObject({ error: { code: 'malformed' } });
  });

  it('answers page:mentions with the painted mentions and their context', async () => {
    expect(await handle({ type: 'page:mentions' }, 'our-id')).toEqual([{ ref: 'e1', kind: 'person', exact: 'Ada Lovelace', prefix: 'said ', suffix: ' on Monday' }]);
    expect(await handle({ type: 'page:mentions' }, 'another-extension')).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('refuses callers other than Story Lens and leaves other messages to other listeners', async () => {
    expect(await handle({ type: 'highlights:clear' }, 'another-extension')).toMatchObject({ error: { code: 'forbidden' } });
    expect(log).not.toContainEqual(['clear']);
    expect(handle({ type: 'report:get', tabId: 1 }, 'our-id')).toBeUndefined();
    expect(handle('page:state', 'our-id')).toBeUndefined();
  });
});
