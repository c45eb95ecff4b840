import type { AnnotationKind } from '../core/annotation';

/**
 * The reader's settings. Stored in `storage.sync` (small, follows the reader's browsers); every
 * context reads them through `parseSettings`, which repairs anything missing or malformed.
 */
export interface Settings {
  /** highlight colour per kind, as CSS colours */
  colours: Record<AnnotationKind, string>;
  /** which kinds are painted */
  shown: Record<AnnotationKind, boolean>;
  /** annotate every detected story automatically, or only when the reader asks */
  autoAnnotate: boolean;
  /** hostnames where Story Lens does nothing beyond reading this setting */
  disabledSites: string[];
}

export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = {
  colours: { person: '#fde68a', place: '#a7f3d0', organization: '#bfdbfe', quote: '#f5d0fe' },
  shown: { person: true, place: true, organization: true, quote: true },
  autoAnnotate: true,
  disabledSites: [],
};
