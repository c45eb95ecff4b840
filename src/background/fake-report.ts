import type { ReportEntity, StoryReport } from '../shared/report';

/** A StoryReport for tests: a detected story with the given title and entities, nothing recognised. */
export function fakeReport(title: string, overrides: Partial<StoryReport> = {}): StoryReport {
  const entities: ReportEntity[] = [
    { id: 'p1', type: 'person', name: 'Ada Moreno', aliases: ['Ada Moreno', 'Moreno'], mentions: 3 },
    { id: 'l1', type: 'place', name: 'Lisbon', aliases: ['Lisbon'], mentions: 2 },
    { id: 'o1', type: 'organization', name: 'World Health Organization', aliases: ['World Health Organization', 'WHO'], mentions: 1 },
  ];
  return {
    version: 1,
    url: 'https://news.example/story',
    article: { detected: true, title, byline: null, published: '2026-05-01', site: 'News Example', wordCount: 640 },
    story: { id: null, title: null, confidence: 0, coverage: 0 },
    highlights: [{ text: 'A first highlight.', source: 'generated' }],
    entities,
    quotes: [{ text: 'We will be ready', speaker: 'Ada Moreno' }],
    ...overrides,
  };
}
