import type { AnnotationKind } from '../core/annotation';
import type { EntityType, ReportEntity } from '../shared/report';
import { h, uniqueId } from './h';
import type { MessageKey, Translate } from './i18n';
import { type EntityGroup, groupEntities } from './group-entities';
import { type MentionActions, renderKindSwitch, showNext } from './mention-actions';

const GROUP_TITLE: Record<EntityType, MessageKey> = { person: 'people', place: 'places', organization: 'organizations' };
const SWITCH_LABEL: Record<EntityType, MessageKey> = { person: 'showPeople', place: 'showPlaces', organization: 'showOrganizations' };

/**
 * The story's people, places and organizations: grouped by kind with counts, most mentioned first,
 * a filter box, each entity's other names on demand, and a click to scroll the page to its next mention.
 */
export function renderEntities(entities: readonly ReportEntity[], shown: Record<AnnotationKind, boolean>, actions: MentionActions, t: Translate): HTMLElement | null {
  if (entities.length === 0) return null;
  const positions = new Map<string, string>();
  const groups = h('div', { class: 'groups' });
  const filter = h('input', { type: 'search', class: 'filter', id: 'entity-filter', placeholder: t('filterPlaceholder'), autocomplete: 'off', spellcheck: 'false' });
  const draw = () => groups.replaceChildren(...renderGroups(groupEntities(entities, filter.value), filter.value, shown, positions, actions, t));
  filter.addEventListener('input', draw);
  draw();
  return h(
    'section',
    { class: 'section', 'aria-labelledby': 'entities-title' },
    h('div', { class: 'section-head' }, h('h2', { id: 'entities-title' }, t('entitiesTitle')), h('span', { class: 'count' }, entities.length)),
    h('label', { class: 'sr-only', for: 'entity-filter' }, t('filterLabel')),
    filter,
    groups,
  );
}

function renderGroups(groups: EntityGroup[], query: string, shown: Record<AnnotationKind, boolean>, positions: Map<string, string>, actions: MentionActions, t: Translate): HTMLElement[] {
  const visible = groups.filter((group) => group.total > 0);
  if (query.trim() !== '' && visible.every((group) => group.entities.length === 0)) {
    return [h('p', { class: 'empty' }, t('noMatch', query.trim()))];
  }
  return visible.map((group) => {
    const titleId = uniqueId('group');
    return h(
      'section',
      { class: `group kind-${group.type}`, 'aria-labelledby': titleId },
      h(
        'div',
        { class: 'group-head' },
        h('h3', { id: titleId }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), t(GROUP_TITLE[group.type]), ' ', h('span', { class: 'count' }, countText(group))),
        renderKindSwitch(group.type, shown[group.type], t(SWITCH_LABEL[group.type]), actions),
      ),
      group.entities.length > 0
        ? h('ul', { class: 'entity-list' }, ...group.entities.map((entity) => renderEntity(entity, positions, actions, t)))
        : h('p', { class: 'empty' }, t('noMatchInGroup')),
    );
  });
}

const countText = (group: EntityGroup) => (group.entities.length === group.total ? String(group.total) : `${group.entities.length}/${group.total}`);

function renderEntity(entity: ReportEntity, positions: Map<string, string>, actions: MentionActions, t: Translate): HTMLElement {
  const positionId = uniqueId('position');
  const position = h('span', { class: 'position', id: positionId }, positions.get(entity.id) ?? '');
  const button = h(
    'button',
    { type: 'button', class: 'mention', 'aria-describedby': positionId, title: t('showNextTitle') },
    h('span', { class: 'name' }, entity.name),
    h('span', { class: 'mentions' }, h('span', { 'aria-hidden': 'true' }, entity.mentions), h('span', { class: 'sr-only' }, `, ${t('mentionCount', entity.mentions)}`)),
  );
  button.addEventListener('click', showNext(entity.id, entity.name, position, positions, actions, t));
  const others = entity.aliases.filter((alias) => alias !== entity.name);
  const item = h('li', { class: 'entity' }, h('div', { class: 'entity-row' }, button, position));
  if (others.length > 0) {
    const listId = uniqueId('aliases');
    const list = h('ul', { class: 'aliases', id: listId, hidden: true }, ...others.map((alias) => h('li', {}, alias)));
    const toggle = h(
      'button',
      { type: 'button', class: 'aliases-toggle', 'aria-expanded': 'false', 'aria-controls': listId },
      h('span', { 'aria-hidden': 'true' }, `+${others.length}`),
      h('span', { class: 'sr-only' }, t('otherNames', entity.name)),
    );
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      list.hidden = !open;
    });
    item.firstElementChild?.append(toggle);
    item.append(list);
  }
  return item;
}
