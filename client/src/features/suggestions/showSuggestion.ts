/** How long a suggestion shown from the panel stays outlined in the text. */
const FLASH_MS = 1600;

/**
 * Scrolls the sheet to a suggestion's first piece and outlines its pieces for a moment, so the
 * eye finds it among the others.
 */
export function showSuggestion(id: string): void {
  const pieces = [...document.querySelectorAll<HTMLElement>(`.sheet [data-suggestion="${CSS.escape(id)}"]`)];
  const first = pieces[0];
  if (!first) return;
  first.scrollIntoView({ behavior: 'smooth', block: 'center' });
  for (const el of pieces) el.classList.add('suggestion-flash');
  setTimeout(() => {
    for (const el of pieces) el.classList.remove('suggestion-flash');
  }, FLASH_MS);
}
