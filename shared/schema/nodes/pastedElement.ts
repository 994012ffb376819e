/**
 * The part of an HTML element that the attribute parsers read. The schema is built on the
 * server too, which compiles without the DOM's types, so the parsers take this shape rather
 * than `HTMLElement`; ProseMirror calls them in the browser only, with a real element.
 */
export interface PastedElement {
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
}

/** The element ProseMirror hands to an attribute's `parseHTML`, as the parsers read it. */
export const pasted = (el: unknown): PastedElement => el as PastedElement;
