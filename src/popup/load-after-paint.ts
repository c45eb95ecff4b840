/**
 * Adds the script at `src` to `doc` once `painted` has settled, and answers the script element (its
 * `load` event tells when it has run).
 *
 * popup.html's loading frame paints with no script at all; a deferred script that arrives before the
 * first frame runs first and holds the frame back, and its work (compiling, asking the browser for the
 * tab's report) takes the processor while the browser is putting the frame on screen. Added after the
 * frame, the popup's script costs the frame nothing. A script element added by script runs as soon as
 * it is fetched (it is async), which is what the popup wants by then.
 */
export async function loadAfterPaint(doc: Document, src: string, painted: Promise<unknown>): Promise<HTMLScriptElement> {
  await painted;
  const script = doc.createElement('script');
  script.src = src;
  doc.body.append(script);
  return script;
}
