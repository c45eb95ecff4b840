import { formatMarkdown } from '../cli/format-markdown';
import type { StoryReport } from '../shared/report';
import type { MentionContext } from './to-web-annotations';
import { toWebAnnotations } from './to-web-annotations';

export type ExportFormat = 'markdown' | 'json' | 'web-annotation';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['markdown', 'json', 'web-annotation'];

export interface ExportFile {
  filename: string;
  mime: string;
  text: string;
}

/** The report as a file: Markdown (the CLI's), the StoryReport JSON, or Web Annotation JSON-LD. */
export function exportReport(report: StoryReport, format: ExportFormat, now: Date, mentions?: readonly MentionContext[]): ExportFile {
  const base = slug(report.article.title ?? '') || 'story';
  switch (format) {
    case 'markdown':
      return { filename: `${base}.md`, mime: 'text/markdown', text: formatMarkdown(report) };
    case 'json':
      return { filename: `${base}.json`, mime: 'application/json', text: `${JSON.stringify(report, null, 2)}\n` };
    case 'web-annotation': {
      const collection = toWebAnnotations(report, { now: now.toISOString(), ...(mentions ? { mentions } : {}) });
      return { filename: `${base}.annotations.jsonld`, mime: 'application/ld+json', text: `${JSON.stringify(collection, null, 2)}\n` };
    }
  }
}

/** A short, safe file name from a headline ("Talks resume in Geneva…" → "talks-resume-in-geneva…"). */
function slug(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
