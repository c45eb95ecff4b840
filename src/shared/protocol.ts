/**
 * The message protocol: one call map per direction. Each entry names a message `type`, the fields it
 * carries besides `type`, and what it answers. Senders and handler tables both derive from these
 * maps, so a payload's type cannot drift between them.
 *
 * On the wire a message is `{type, ...params}` and a successful answer is the result itself (the
 * test contract sends `{type: "report:get", tabId}` and reads a StoryReport or null). A failed call
 * answers `{error: {code, message}}`; `send*` helpers turn both into a `Result`.
 */
import type { AnnotationKind } from '../core/annotation';
import type { StoryReport } from './report';

export type Renderer = 'highlight-api' | 'wrap' | 'none';

/** The content script's state on a page, as the test contract defines it. */
export interface PageState {
  state: 'idle' | 'not-article' | 'annotated';
  /** highlight ranges now shown on the page, by kind */
  painted: Record<AnnotationKind, number>;
  renderer: Renderer;
}

interface Call<P, R> {
  params: P;
  result: R;
}

/** content script → background (the tab is the sender's) */
export interface ContentToBackground {
  'report:put': Call<{ report: StoryReport }, void>;
}

/** popup, options and tests → background */
export interface PopupToBackground {
  'report:get': Call<{ tabId: number }, StoryReport | null>;
}

/** background or popup → content script of one tab */
export interface ToContent {
  'page:state': Call<Record<string, never>, PageState>;
}

export type BackgroundCalls = ContentToBackground & PopupToBackground;

export type MessageOf<M, K extends keyof M> = { type: K } & (M[K] extends Call<infer P, unknown> ? P : never);
export type ResultOf<M, K extends keyof M> = M[K] extends Call<unknown, infer R> ? R : never;
export type AnyMessage<M> = { [K in keyof M]: MessageOf<M, K> }[keyof M];

export type ErrorCode = 'malformed' | 'unknown-type' | 'forbidden' | 'too-large' | 'failed';
export interface ErrorAnswer {
  error: { code: ErrorCode; message: string };
}
