import { describe, expect, it } from 'vitest';
import { fakeReport } from '../background/fake-report';
import { formatMarkdown } from './format-markdown';

const factsLine = (markdown: string) => markdown.split('\n')[2];

describe('formatMarkdown', () => {
  it('gives the site, byline, date and address under the headline', () => {
    const report = fakeReport('Harbour reopens', {});
    const markdown = formatMarkdown({ ...report, article: { ...report.article, byline: 'Ana Ruiz' } });
    expect(markdown.split('\n')[0]).toBe('# Harbour reopens');
    expect(factsLine(markdown)).toBe('News Example · Ana Ruiz · 2026-05-01 · https://news.example/story');
  });

  it('says a byline that only repeats the site once', () => {
    const report = fakeReport('Harbour reopens', {});
    const markdown = formatMarkdown({ ...report, article: { ...report.article, byline: 'NEWS EXAMPLE' } });
    expect(factsLine(markdown)).toBe('News Example · 2026-05-01 · https://news.example/story');
  });
});
