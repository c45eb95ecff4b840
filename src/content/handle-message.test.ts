import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { HandlerTable } from '../shared/handler-table';
import type { CallError, ErrorCode, PageMention, PageReport, PageState, ShowPosition, ToContent } from '../shared/protocol';
import type { Result } from '../shared/result';
import { err, ok } from '../shared/result';
import { hostileValue, messagesOf, UNCONVERTIBLE } from '../shared/test-hostile-values';
import { parseMessage, TO_CONTENT_LIMITS, toContentParams } from '../shared/validate-message';
import { isErrorAnswer } from '../shared/wire';
import type { ContentHandlers } from './handle-message';
import { handleMessage } from './handle-message';
import { pageHandlers } from './page-handlers';

const STATE: PageState = { state: 'annotated', painted: { person: 1, place: 0, organization: 0, quote: 0 }, renderer: 'highlight-api' };

function handlers(log: unknown[]): ContentHandlers {
  return {
    'page:state': async () => ok(STATE),
    'highlights:toggle': async ({ kind, on }) => (log.push(['toggle', kind, on]), ok(STATE)),
    'highlights:show': async ({ ref }) => (ref === 'e1' ? ok({ index: 1, total: 3 }) : err({ code: 'not-found', message: `no mention of ${ref}` })),
    'page:annotate': async () => (log.push(['annotate']), ok(STATE)),
    'highlights:clear': async () => (log.push(['clear']), ok(STATE)),
    'page:mentions': async () => ok([{ ref: 'e1', kind: 'person', exact: 'Ada Lovelace', prefix: 'said ', suffix: ' on Monday' }]),
    'page:report': async () => ok(null),
  };
}

describe('handleMessage', () => {
  const log: unknown[] = [];
  const handle = handleMessage(handlers(log), 'our-id');

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

  it('answers page:report with null where the page shows no story (a bare null on the wire)', async () => {
    expect(await handle({ type: 'page:report' }, 'our-id')).toBeNull();
  });

  it('refuses callers other than Story Lens and leaves other messages to other listeners', async () => {
    expect(await handle({ type: 'highlights:clear' }, 'another-extension')).toMatchObject({ error: { code: 'forbidden' } });
    expect(log).not.toContainEqual(['clear']);
    expect(handle({ type: 'report:get', tabId: 1 }, 'our-id')).toBeUndefined();
    expect(handle('page:state', 'our-id')).toBeUndefined();
  });
});

describe('the content script’s handler table', () => {
  it('is typed from the ToContent call map, as the background’s tables are', () => {
    expectTypeOf<ContentHandlers>().toEqualTypeOf<HandlerTable<ToContent, undefined>>();
    expectTypeOf(handleMessage).parameter(0).toEqualTypeOf<HandlerTable<ToContent, undefined>>();
    expectTypeOf(pageHandlers).returns.toEqualTypeOf<HandlerTable<ToContent, undefined>>();
    expectTypeOf<ReturnType<ContentHandlers['page:state']>>().toEqualTypeOf<Promise<Result<PageState, CallError>>>();
    expectTypeOf<ReturnType<ContentHandlers['highlights:show']>>().toEqualTypeOf<Promise<Result<ShowPosition, CallError>>>();
    expectTypeOf<ReturnType<ContentHandlers['page:mentions']>>().toEqualTypeOf<Promise<Result<PageMention[], CallError>>>();
    expectTypeOf<ReturnType<ContentHandlers['page:report']>>().toEqualTypeOf<Promise<Result<PageReport | null, CallError>>>();
    expectTypeOf<Parameters<ContentHandlers['highlights:show']>[0]>().toEqualTypeOf<{ ref: string }>();
  });

  it('does not compile with an answer that drifts from the map, or a call left out', () => {
    const table = handlers([]);
    // @ts-expect-error page:state answers a PageState, not a ShowPosition
    const drifted: ContentHandlers = { ...table, 'page:state': async () => ok({ index: 1, total: 1 }) };
    // @ts-expect-error highlights:show's params carry `ref`, not `id`
    const renamed: ContentHandlers = { ...table, 'highlights:show': async ({ id }: { id: string }) => ok({ index: 1, total: Number(id) }) };
    const { 'page:report': _left, ...rest } = table;
    // @ts-expect-error every call of the map has its handler
    const missing: ContentHandlers = rest;
    expect([drifted, renamed, missing]).toHaveLength(3);
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
        const answer = await handleMessage(handlers(log), 'our-id')(raw, sender);
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
