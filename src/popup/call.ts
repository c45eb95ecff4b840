import type { ErrorCode, MessageOf, ResultOf } from '../shared/protocol';
import type { Result } from '../shared/result';
import { err, ok } from '../shared/result';

/** Why a call failed: an error the other side answered, or that nobody answered in time. */
export interface CallError {
  code: ErrorCode | 'unreachable' | 'timeout';
  message: string;
}

export type ParamsOf<M, K extends keyof M> = Omit<MessageOf<M, K>, 'type'>;
export type Caller<M> = <K extends keyof M & string>(type: K, params: ParamsOf<M, K>) => Promise<Result<ResultOf<M, K>, CallError>>;

/**
 * A typed sender for one call map over any transport (`runtime.sendMessage`, `tabs.sendMessage` to a
 * tab). The wire answer is the bare result or `{error: {code, message}}` (see protocol.ts); a rejected
 * send (no receiver, closed tab) and silence past `timeoutMs` become error values too.
 */
export function makeCaller<M>(send: (message: unknown) => Promise<unknown>, timeoutMs = 5_000): Caller<M> {
  return async (type, params) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    try {
      const answer = await Promise.race([send({ ...params, type }), timeout]);
      if (answer === 'timeout') return err({ code: 'timeout', message: `No answer to ${type}` });
      if (isErrorAnswer(answer)) return err({ code: answer.error.code, message: answer.error.message });
      return ok(answer as ResultOf<M, typeof type>);
    } catch (error) {
      return err({ code: 'unreachable', message: error instanceof Error ? error.message : String(error) });
    } finally {
      clearTimeout(timer);
    }
  };
}

function isErrorAnswer(answer: unknown): answer is { error: CallError } {
  if (typeof answer !== 'object' || answer === null || !('error' in answer)) return false;
  const { error } = answer as { error: unknown };
  return typeof error === 'object' && error !== null && typeof (error as CallError).message === 'string';
}
