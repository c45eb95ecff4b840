/** Characters the text model leaves out (zero-width space, joiners, word joiner, BOM, soft hyphen). */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const WHITE = /\s+/g;

/**
 * Whether the page text under a highlight still reads as the model text it was made for. White space
 * is ignored altogether: the model puts a blank line between blocks where the DOM may have nothing.
 */
export function sameText(pageText: string, modelText: string): boolean {
  return strip(pageText) === strip(modelText);
}

const strip = (text: string) => text.replace(INVISIBLE, '').replace(WHITE, '');
