/**
 * The storage.session key of a tab's record (its story report), shared by the background that writes
 * it and the popup that reads and follows it.
 */
const PREFIX = 'tab:';

export const tabKey = (tabId: number): string => `${PREFIX}${tabId}`;

/** Whether a storage key is a tab's record. */
export const isTabKey = (key: string): boolean => key.startsWith(PREFIX);

/** The tab a record's key names. */
export const tabOfKey = (key: string): number => Number(key.slice(PREFIX.length));
