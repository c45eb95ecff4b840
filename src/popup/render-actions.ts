import type { StoryReport } from '../shared/report';
import type { ExportFile, ExportFormat } from './export-report';
import { EXPORT_FORMATS } from './export-report';
import { h } from './h';
import type { MessageKey, Translate } from './i18n';
import { EXCERPT_COVERAGE } from './story-badge';

const FORMAT_LABEL: Record<ExportFormat, MessageKey> = { markdown: 'formatMarkdown', json: 'formatJson', 'web-annotation': 'formatWebAnnotation' };

export interface StoryActions {
  saveToCatalog(): Promise<boolean>;
  exportAs(format: ExportFormat): Promise<ExportFile>;
  download(file: ExportFile): void;
  copy(text: string): Promise<boolean>;
  announce(text: string): void;
}

/** The footer: save the story to the catalog, export it (Markdown, JSON, Web Annotation), copy it. */
export function renderActions(report: StoryReport, actions: StoryActions, t: Translate): HTMLElement {
  const inCatalog = report.story.id !== null && report.story.coverage >= EXCERPT_COVERAGE;
  const save = h('button', { type: 'button', class: 'button primary', disabled: inCatalog }, t(inCatalog ? 'inCatalog' : 'saveToCatalog'));
  save.addEventListener('click', async () => {
    save.disabled = true;
    const saved = await actions.saveToCatalog();
    save.textContent = t(saved ? 'savedToCatalog' : 'saveToCatalog');
    save.disabled = saved;
    actions.announce(t(saved ? 'savedToCatalogStatus' : 'saveFailed'));
  });

  const format = h('select', { class: 'format', id: 'export-format' }, ...EXPORT_FORMATS.map((value) => h('option', { value }, t(FORMAT_LABEL[value]))));
  const chosen = () => format.value as ExportFormat;
  const download = h('button', { type: 'button', class: 'button' }, t('download'));
  download.addEventListener('click', async () => {
    const file = await actions.exportAs(chosen());
    actions.download(file);
    actions.announce(t('downloaded', file.filename));
  });
  const copy = h('button', { type: 'button', class: 'button' }, t('copy'));
  copy.addEventListener('click', async () => {
    const file = await actions.exportAs(chosen());
    actions.announce(t((await actions.copy(file.text)) ? 'copied' : 'copyFailed'));
  });

  return h(
    'footer',
    { class: 'actions' },
    save,
    h('div', { class: 'export', role: 'group', 'aria-label': t('exportLabel') }, h('label', { class: 'sr-only', for: 'export-format' }, t('exportFormat')), format, download, copy),
  );
}
