import type { CallError, ParamsOf, ResultOf } from './protocol';
import type { Result } from './result';
import type { ParsedMessage } from './validate-message';

/** Answers one call of a call map: its params in, its result (or an error value) out, typed from the map. */
export type Handler<M, K extends keyof M, C> = (params: ParamsOf<M, K>, context: C) => Promise<Result<ResultOf<M, K>, CallError>>;

/**
 * One handler per call of a call map, typed from it: a missing handler, or one whose params or answer
 * differ from the map's, does not compile. The background's tables and the content script's are both
 * of this type, so neither side's answers can drift from `src/shared/protocol.ts`.
 */
export type HandlerTable<M, C> = { [K in keyof M]: Handler<M, K, C> };

/** Calls the handler of a parsed message; the cast is sound because `ParsedMessage` pairs each type with its params. */
export function callHandler<M, C>(table: HandlerTable<M, C>, message: ParsedMessage<M>, context: C): Promise<Result<unknown, CallError>> {
  const handler = table[message.type] as (params: unknown, context: C) => Promise<Result<unknown, CallError>>;
  return handler(message.params, context);
}
