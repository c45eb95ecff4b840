/** A page's ISO date as the reader's language writes it ("16 Oct 2016"); the input itself if unreadable. */
export function formatDate(iso: string, language: string): string {
  // A bare date means that calendar day, wherever the reader is: format it in UTC so it cannot shift.
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'medium', ...(dateOnly ? { timeZone: 'UTC' } : {}) }).format(date);
  } catch {
    return date.toISOString().slice(0, 10);
  }
}
