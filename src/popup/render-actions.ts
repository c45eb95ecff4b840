import type { StoryReport } from '../shared/report';
import type { ExportFile, ExportFormat } from './export-report';
import { EXPORT_FORMATS } from './export-report';
import { h } from './h';
import type { MessageKey, Translate } from './i18n';
import { EXCERPT_COVERAGE } from './story-badge';
import type { ViewMemory } from './view-memory';

const FORMAT_LABEL: Record<ExportFormat, MessageKey> = { markdown: 'formatMarkdown', json: 'formatJson', 'web-annotation': 'formatWebAnnotation' };

export interface StoryActions {
  saveToCatalog(): Promise<boolean>;
  exportAs(format: ExportFormat): Promise<ExportFile>;
  download(file: ExportFile): void;
  copy(text: string): Promise<boolean>;
  announce(text: string): void;
}

/** Saving the story to the catalog: a button, or null where the story already is a catalog story. */
export function renderSaveButton(report: StoryReport, actions: StoryActions, t: Translate): HTMLElement | null {
  if (report.story.id !== null && report.story.coverage >= EXCERPT_COVERAGE) return null;
  const save = h('button', { type: 'button', class: 'button small save', 'data-key': 'save' }, h('span', { 'aria-hidden': 'true' }, '+ '), t('saveToCatalog'));
  save.addEventListener('click', async () => {
    save.disabled = true;
    const saved = await actions.saveToCatalog();
    save.textContent = t(saved ? 'savedToCatalog' : 'saveToCatalog');
    save.disabled = saved;
    actions.announce(t(saved ? 'savedToCatalogStatus' : 'saveFailed'));
  });
  return save;
}

/** The footer: export the report (Markdown, JSON, Web Annotation) as a file or to the clipboard. */
export function renderActions(actions: StoryActions, t: Translate, memory: Pick<ViewMemory, 'format'>): HTMLElement {
  const format = h('select', { class: 'format', id: 'export-format', 'data-key': 'format' }, ...EXPORT_FORMATS.map((value) => h('option', { value }, t(FORMAT_LABEL[value]))));
  format.value = memory.format;
  format.addEventListener('change', () => (memory.format = format.value as ExportFormat));
  const chosen = () => format.value as ExportFormat;
  const download = h('button', { type: 'button', class: 'button', 'data-key': 'download' }, t('download'));
  download.addEventListener('click', async () => {
    const file = await actions.exportAs(chosen());
    actions.download(file);
    actions.announce(t('downloaded', file.filename));
  });
  const copy = h('button', { type: 'button', class: 'button', 'data-key': 'copy' }, t('copy'));
  copy.addEventListener('click', async () => {
    const file = await actions.exportAs(chosen());
    actions.announce(t((await actions.copy(file.text)) ? 'copied' : 'copyFailed'));
  });
  return h(
    'div',
    { class: 'actions', role: 'group', 'aria-labelledby': 'export-label' },
    h('label', { id: 'export-label', class: 'export-label', for: 'export-format' }, t('exportLabel')),
    format,
    download,
    copy,
  );
}
