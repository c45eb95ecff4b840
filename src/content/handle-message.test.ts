import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileValue, messagesOf, UNCONVERTIBLE } from '../shared/test-hostile-values';
import type { ErrorCode, PageState } from '../shared/protocol';
import { parseMessage, TO_CONTENT_LIMITS, toContentParams } from '../shared/validate-message';
import { isErrorAnswer } from '../shared/wire';
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

describe('handleMessage under hostile messages', () => {
  const CODES: readonly ErrorCode[] = ['malformed', 'unknown-type', 'forbidden', 'too-large', 'not-found', 'failed'];
  const TYPES = Object.keys(toContentParams);
  const message = fc.oneof(
    { weight: 1, arbitrary: hostileValue },
    { weight: 4, arbitrary: messagesOf(TYPES, ['kind', 'on', 'ref'], { 'highlights:toggle': () => ({ kind: 'place', on: true }), 'highlights:show': () => ({ ref: 'e1' }) }) },
    { weight: 1, arbitrary: messagesOf(['report:get', 'page:STATE', 'toString', '__proto__'], ['kind', 'on', 'ref']) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>({ type: UNCONVERTIBLE }, { type: ['page:state'] }, { type: { toString: 1 } }) },
  );

  it('never throws; a call of ours answers an error value unless well-formed from Story Lens, and only then does anything', async () => {
    let acted = 0;
    await fc.assert(
      fc.asyncProperty(message, fc.constantFrom<string | undefined>('our-id', 'another-extension', undefined), async (raw, sender) => {
        const log: unknown[] = [];
        const answer = await handleMessage(calls(log), 'our-id')(raw, sender);
        const type = (raw as { type?: unknown } | null)?.type;
        const ours = typeof type === 'string' && Object.hasOwn(toContentParams, type);
        if (!ours) {
          expect(answer).toBeUndefined(); // left to other listeners
          return;
        }
        const wellFormed = sender === 'our-id' && parseMessage(raw, toContentParams, TO_CONTENT_LIMITS).ok;
        if (!wellFormed) {
          expect(isErrorAnswer(answer)).toBe(true);
          expect(CODES).toContain((answer as { error: { code: ErrorCode } }).error.code);
          expect(log).toEqual([]);
        } else {
          acted += 1;
          expect(answer).not.toBeUndefined();
        }
      }),
      { numRuns: 600 },
    );
    expect(acted).toBeGreaterThan(20);
  });
});
