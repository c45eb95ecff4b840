import type { AnnotationKind } from '../core/annotation';
import type { EntityType, ReportEntity } from '../shared/report';
import { h, uniqueId } from './h';
import type { MessageKey, Translate } from './i18n';
import { type EntityGroup, groupEntities } from './group-entities';
import { type MentionActions, renderKindSwitch, showNext } from './mention-actions';
import { RowsLater } from './rows-later';
import type { ViewMemory } from './view-memory';

const GROUP_TITLE: Record<EntityType, MessageKey> = { person: 'people', place: 'places', organization: 'organizations' };
const SWITCH_LABEL: Record<EntityType, MessageKey> = { person: 'showPeople', place: 'showPlaces', organization: 'showOrganizations' };

interface RowContext {
  memory: ViewMemory;
  actions: MentionActions;
  t: Translate;
  /** the title every entity button shares, looked up once rather than per row */
  showNextTitle: string;
}

/**
 * The story's people, places and organizations: grouped by kind with counts, most mentioned first,
 * a filter box, each entity's other names on demand, and a click to scroll the page to its next mention.
 * Rows beyond the first screenful come from `later`; the filter, open names and positions live in `memory`.
 */
export function renderEntities(
  entities: readonly ReportEntity[],
  shown: Record<AnnotationKind, boolean>,
  actions: MentionActions,
  t: Translate,
  memory: ViewMemory,
  later: RowsLater = new RowsLater(Infinity),
): HTMLElement | null {
  if (entities.length === 0) return null;
  const context: RowContext = { memory, actions, t, showNextTitle: t('showNextTitle') };
  const groups = h('div', { class: 'groups' });
  const filter = h('input', {
    type: 'search',
    class: 'filter',
    id: 'entity-filter',
    'data-key': 'filter',
    placeholder: t('filterPlaceholder'),
    autocomplete: 'off',
    spellcheck: 'false',
  });
  filter.value = memory.filter;
  const draw = (rows: RowsLater) => groups.replaceChildren(...renderGroups(groupEntities(entities, memory.filter), shown, rows, context));
  filter.addEventListener('input', () => {
    memory.filter = filter.value;
    draw(new RowsLater(Infinity));
  });
  draw(later);
  return h(
    'section',
    { class: 'section', 'aria-labelledby': 'entities-title' },
    h('div', { class: 'section-head' }, h('h2', { id: 'entities-title' }, t('entitiesTitle')), h('span', { class: 'count' }, entities.length)),
    h('label', { class: 'sr-only', for: 'entity-filter' }, t('filterLabel')),
    filter,
    groups,
  );
}

function renderGroups(groups: EntityGroup[], shown: Record<AnnotationKind, boolean>, later: RowsLater, context: RowContext): HTMLElement[] {
  const { memory, actions, t } = context;
  const query = memory.filter.trim();
  const visible = groups.filter((group) => group.total > 0);
  if (query !== '' && visible.every((group) => group.entities.length === 0)) {
    return [h('p', { class: 'empty' }, t('noMatch', query))];
  }
  return visible.map((group) => {
    const titleId = uniqueId('group');
    let list: HTMLElement;
    if (group.entities.length > 0) {
      list = h('ul', { class: 'entity-list' });
      later.rows(list, group.entities, (entity) => renderEntity(entity, context));
    } else {
      list = h('p', { class: 'empty' }, t('noMatchInGroup'));
    }
    return h(
      'section',
      { class: `group kind-${group.type}`, 'aria-labelledby': titleId },
      h(
        'div',
        { class: 'group-head' },
        h('h3', { id: titleId }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), t(GROUP_TITLE[group.type]), ' ', h('span', { class: 'count' }, countText(group))),
        renderKindSwitch(group.type, shown[group.type], t(SWITCH_LABEL[group.type]), actions),
      ),
      list,
    );
  });
}

const countText = (group: EntityGroup) => (group.entities.length === group.total ? String(group.total) : `${group.entities.length}/${group.total}`);

function renderEntity(entity: ReportEntity, context: RowContext): HTMLElement {
  const { memory, actions, t } = context;
  const positionId = uniqueId('position');
  const position = h('span', { class: 'position', id: positionId }, memory.positions.get(entity.id) ?? '');
  const button = h(
    'button',
    { type: 'button', class: 'mention', 'data-key': `mention:${entity.id}`, 'aria-describedby': positionId, title: context.showNextTitle },
    h('span', { class: 'name' }, entity.name),
    h('span', { class: 'mentions' }, h('span', { 'aria-hidden': 'true' }, entity.mentions), h('span', { class: 'sr-only' }, `, ${t('mentionCount', entity.mentions)}`)),
  );
  button.addEventListener('click', showNext(entity.id, entity.name, position, memory.positions, actions, t));
  const others = entity.aliases.filter((alias) => alias !== entity.name);
  const row = h('div', { class: 'entity-row' }, button, position);
  const item = h('li', { class: 'entity' }, row);
  if (others.length > 0) {
    const listId = uniqueId('aliases');
    const open = memory.expanded.has(entity.id);
    const list = h('ul', { class: 'aliases', id: listId, hidden: !open }, ...others.map((alias) => h('li', {}, alias)));
    const toggle = h(
      'button',
      { type: 'button', class: 'aliases-toggle', 'data-key': `aliases:${entity.id}`, 'aria-expanded': String(open), 'aria-controls': listId },
      h('span', { 'aria-hidden': 'true' }, `+${others.length}`),
      h('span', { class: 'sr-only' }, t('otherNames', entity.name)),
    );
    toggle.addEventListener('click', () => {
      const opened = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(opened));
      list.hidden = !opened;
      if (opened) memory.expanded.add(entity.id);
      else memory.expanded.delete(entity.id);
    });
    row.append(toggle);
    item.append(list);
  }
  return item;
}
