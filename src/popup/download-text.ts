/** Offers text as a file download (no "downloads" permission needed: an object URL and a link). */
export function downloadText(filename: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has read the URL once the click is handled; revoke it a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
