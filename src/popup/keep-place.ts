/** Where the reader is in the popup: the control with focus (by its `data-key`), its selection, the scroll. */
export interface Place {
  key: string | null;
  selection: [number, number] | null;
  scrollTop: number;
}

/** Notes where the reader is in `root` before its content is replaced. */
export function notePlace(root: HTMLElement): Place {
  const active = root.ownerDocument.activeElement;
  const focused = active instanceof HTMLElement && root.contains(active) ? active : null;
  const selection = focused instanceof HTMLInputElement && focused.type !== 'checkbox' ? [focused.selectionStart ?? 0, focused.selectionEnd ?? 0] : null;
  return { key: focused?.dataset.key ?? null, selection: selection as [number, number] | null, scrollTop: root.querySelector('.content')?.scrollTop ?? 0 };
}

/** Puts the reader back where `place` says, in `root`'s new content: same control, same selection, same scroll. */
export function returnToPlace(root: HTMLElement, place: Place, scroll: boolean): void {
  const content = root.querySelector('.content');
  if (content && scroll) content.scrollTop = place.scrollTop;
  if (place.key === null) return;
  const target = [...root.querySelectorAll<HTMLElement>('[data-key]')].find((element) => element.dataset.key === place.key);
  if (!target) return;
  target.focus({ preventScroll: true });
  if (place.selection && target instanceof HTMLInputElement) target.setSelectionRange(...place.selection);
}
