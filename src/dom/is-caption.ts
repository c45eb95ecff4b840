/** Class names of a photo's caption, a gallery's or slideshow's included (`slideshow-description`). */
const CAPTION = /(?:^|[^a-z])(?:caption|figcaption|wp-caption-text|(?:slideshow|gallery|photo|image)-?desc\w*)(?:$|[^a-z])/i;

/** Whether the element's class names it a photo's caption. */
export function isCaptionClass(el: Element): boolean {
  const className = el.getAttribute('class');
  return className !== null && CAPTION.test(className);
}
