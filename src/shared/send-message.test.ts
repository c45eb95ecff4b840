import { describe, expect, test, vi } from 'vitest';

// The polyfill refuses to load outside an extension; the sender under test gets its transport handed in.
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { sendToBackground } = await import('./send-message');

describe('sendToBackground', () => {
  test('answers the bare result as a value, and an ErrorAnswer as a failure', async () => {
    expect(await sendToBackground('library:stats', {}, async () => ({ stories: 1, catalog: 1, bytes: 9 }))).toEqual({
      ok: true,
      value: { stories: 1, catalog: 1, bytes: 9 },
    });
    expect(await sendToBackground('report:get', { tabId: 1 }, async () => ({ error: { code: 'forbidden', message: 'no' } }))).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'no' },
    });
  });

  test('puts the call on the wire as {type, ...params}', async () => {
    const send = vi.fn(async () => null);
    await sendToBackground('report:get', { tabId: 7 }, send);
    expect(send).toHaveBeenCalledWith({ type: 'report:get', tabId: 7 });
  });

  test('sends again when the message reached no listener (a background that was stopping)', async () => {
    const send = vi
      .fn<(message: unknown) => Promise<unknown>>()
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce(null);
    expect(await sendToBackground('report:clear', {}, send)).toEqual({ ok: true, value: null });
    expect(send).toHaveBeenCalledTimes(2);
  });

  test('gives up with an error value after a few tries, and never resends after other errors', async () => {
    const nobody = vi.fn(async () => {
      throw new Error('Receiving end does not exist.');
    });
    expect(await sendToBackground('report:clear', {}, nobody)).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(nobody).toHaveBeenCalledTimes(4);
    const broken = vi.fn(async () => {
      throw new Error('Extension context invalidated.');
    });
    expect(await sendToBackground('report:clear', {}, broken)).toMatchObject({ ok: false, error: { message: 'Extension context invalidated.' } });
    expect(broken).toHaveBeenCalledTimes(1);
  });
});
