import type { ExportFormat } from './export-report';

/**
 * What the reader has done in the story view, kept while the popup is open so that a fresh report of
 * the tab (the page finished annotating, moved to another story) does not undo it.
 */
export interface ViewMemory {
  /** the entity filter's text */
  filter: string;
  /** entities whose other names are open */
  expanded: Set<string>;
  /** "2 of 5" by entity or quotation id, where the reader last went */
  positions: Map<string, string>;
  /** the export format chosen */
  format: ExportFormat;
}

export const newViewMemory = (): ViewMemory => ({ filter: '', expanded: new Set(), positions: new Map(), format: 'markdown' });
