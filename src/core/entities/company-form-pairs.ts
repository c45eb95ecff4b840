import type { MentionGroup } from './group-mentions';

/** A company form's short and long spellings, as one word: "Corp." and "Corporation". */
const LONG_FORMS: ReadonlyMap<string, string> = new Map([
  ['corp', 'corporation'],
  ['inc', 'incorporated'],
  ['co', 'company'],
  ['ltd', 'limited'],
]);

/** A body's name as a key, its company form spelt out: "Tyvo Corp." and "Tyvo Corporation" meet. */
function formKey(group: MentionGroup): string {
  const longest = group.mentions.reduce((best, mention) => (mention.words.length > best.length ? mention.words : best), [] as readonly string[]);
  const words = longest.map((word) => word.toLowerCase().replace(/\.$/, ''));
  const last = words.at(-1) ?? '';
  if (words.length > 1) words[words.length - 1] = LONG_FORMS.get(last) ?? last;
  return words.join(' ');
}

/** "Tyvo Corp." and "Tyvo Corporation": one company, whichever spelling of its form the story uses. */
export function linkCompanyForms(groups: readonly MentionGroup[]): void {
  const byKey = new Map<string, MentionGroup>();
  for (const group of groups) {
    if (group.type !== 'organization' || group.mentions.length === 0) continue;
    const key = formKey(group);
    const owner = byKey.get(key);
    if (!owner) {
      byKey.set(key, group);
      continue;
    }
    owner.mentions.push(...group.mentions);
    owner.evidence.organization += group.evidence.organization;
    group.mentions = [];
  }
}
