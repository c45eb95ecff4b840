/**
 * Whether a storage write failed for want of space: Chrome rejects with "QUOTA_BYTES quota exceeded"
 * (https://developer.chrome.com/docs/extensions/reference/api/storage#property-local), Firefox's
 * IndexedDB-backed storage with a QuotaExceededError.
 */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, message } = error as { name?: unknown; message?: unknown };
  return name === 'QuotaExceededError' || (typeof message === 'string' && /quota/i.test(message));
}
