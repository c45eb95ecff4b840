import { isRecord } from './parse-value';
import type { CallError, ErrorAnswer, ParamsOf } from './protocol';
import type { Result } from './result';
import { err, ok } from './result';

/** Puts a call on the wire: `{type, ...params}`. */
export const toWire = <M, K extends keyof M & string>(type: K, params: ParamsOf<M, K>): Record<string, unknown> => ({
  ...(params as Record<string, unknown>),
  type,
});

export const errorAnswer = (code: CallError['code'], message: string): ErrorAnswer => ({ error: { code, message } });

export const isErrorAnswer = (raw: unknown): raw is ErrorAnswer =>
  isRecord(raw) && isRecord(raw.error) && typeof raw.error.code === 'string' && typeof raw.error.message === 'string';

/**
 * Reads an answer off the wire: `{error: {code, message}}` is a failure, anything else the result.
 * `undefined` (no listener answered, or a void call) reads as null.
 */
export function decodeAnswer<R>(raw: unknown): Result<R, CallError> {
  if (isErrorAnswer(raw)) return err({ code: raw.error.code, message: raw.error.message });
  return ok((raw ?? null) as R);
}

/** A message that could not be delivered (no receiver, tab closed, worker failed) as a value. */
export const undelivered = (error: unknown): Result<never, CallError> =>
  err({ code: 'failed', message: error instanceof Error ? error.message : String(error) });

/** Puts a handler's Result on the wire: the bare value (null for void), or an ErrorAnswer. */
export const encodeAnswer = (result: Result<unknown, CallError>): unknown =>
  result.ok ? (result.value ?? null) : { error: { code: result.error.code, message: result.error.message } };
