import type { EntityType, StoryReport } from '../shared/report';

/**
 * Page text as Markdown text: characters Markdown would read as markup (inline HTML, links, emphasis,
 * code, tables, entity references) are backslash-escaped and line breaks become spaces, so a headline
 * holding `<img src=x onerror=…>` or `[x](javascript:…)` stays words in every Markdown viewer.
 */
function markdownText(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>&|~]/g, (char) => `\\${char}`);
}
const md = markdownText;

const HEADINGS: Record<EntityType, string> = { person: 'People', place: 'Places', organization: 'Organizations' };

/** A readable report: headline, recognised story, highlights, entities by type, quotations. */
export function formatMarkdown(report: StoryReport): string {
  const lines: string[] = [];
  const { article, story } = report;
  lines.push(`# ${article.title ? md(article.title) : 'Untitled page'}`, '');
  // A byline that only repeats the site ("BBC News · BBC News") is said once.
  const byline = article.byline && article.byline.toLowerCase() !== article.site?.toLowerCase() ? article.byline : null;
  const facts = [article.site, byline, article.published, report.url].filter((fact): fact is string => Boolean(fact)).map(md);
  if (facts.length > 0) lines.push(facts.join(' · '), '');
  if (!article.detected) {
    lines.push('Not an article: Story Lens found no story on this page.', '');
    return `${lines.join('\n')}\n`;
  }
  lines.push(`${article.wordCount} words.`, '');
  if (story.id) {
    lines.push(`**Recognised story:** ${md(story.title ?? story.id)} (confidence ${percent(story.confidence)}, coverage ${percent(story.coverage)})`, '');
  }
  if (report.highlights.length > 0) {
    lines.push(`## Story highlights (${report.highlights[0]?.source})`, '');
    for (const highlight of report.highlights) lines.push(`- ${md(highlight.text)}`);
    lines.push('');
  }
  for (const type of Object.keys(HEADINGS) as EntityType[]) {
    const entities = report.entities.filter((entity) => entity.type === type);
    if (entities.length === 0) continue;
    lines.push(`## ${HEADINGS[type]} (${entities.length})`, '');
    for (const entity of entities) {
      const others = entity.aliases.filter((alias) => alias !== entity.name);
      lines.push(`- ${md(entity.name)} ×${entity.mentions}${others.length > 0 ? ` (also ${others.map(md).join(', ')})` : ''}`);
    }
    lines.push('');
  }
  if (report.quotes.length > 0) {
    lines.push(`## Quotations (${report.quotes.length})`, '');
    for (const quote of report.quotes) lines.push(`- “${md(quote.text)}” — ${quote.speaker ? md(quote.speaker) : 'unattributed'}`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

const percent = (value: number) => `${Math.round(value * 100)} %`;
