import type { CallError, ParamsOf, ResultOf } from '../shared/protocol';
import type { Result } from '../shared/result';
import { err } from '../shared/result';

/** A typed call over one call map (protocol.ts): every failure comes back as an error value. */
export type Caller<M> = <K extends keyof M & string>(type: K, params: ParamsOf<M, K>) => Promise<Result<ResultOf<M, K>, CallError>>;

/**
 * The call, or an error value once `ms` pass without an answer: a worker that never answers must not
 * leave the popup on its skeleton for ever.
 */
export function withTimeout<T>(call: Promise<Result<T, CallError>>, what: string, ms = 5_000): Promise<Result<T, CallError>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Result<T, CallError>>((resolve) => {
    timer = setTimeout(() => resolve(err({ code: 'failed', message: `No answer to ${what} within ${ms / 1000} s` })), ms);
  });
  return Promise.race([call, timeout]).finally(() => clearTimeout(timer));
}
