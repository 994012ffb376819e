import type { PMJSON } from '../../../shared/clauses.ts';
import { NODE } from '../../../shared/schema/names.ts';
import { FOOTNOTE_MAX_CHARS } from '../../../shared/schema/nodes/footnote.ts';
import type { HtmlElement, HtmlNode } from './html.ts';

/**
 * Footnotes (and endnotes) of a Word draft. mammoth writes each reference as
 * `<a href="#footnote-1">[1]</a>` and the notes as a list at the end of the HTML
 * (`<li id="footnote-1">`), which would otherwise be read as text of the closing. The list is
 * taken out before the lines are read, and each reference becomes one character of a private
 * plane standing for its note, so it travels through recognition with the text around it;
 * {@link placeNotes} then makes the characters footnote nodes where the schema takes them and
 * reports the rest.
 */

/** First character standing for a note (Supplementary Private Use Area-B: no font or draft uses it). */
const FIRST = 0x100000;
const LAST = 0x10fffd;
const NOTE_CHAR = /[\u{100000}-\u{10fffd}]/gu;
const IS_NOTE = /^[\u{100000}-\u{10fffd}]$/u;
const NOTE_HREF = /^#(foot|end)note-(\d+)$/;
const NOTE_ID = /^(foot|end)note-(\d+)$/;

export interface Notes {
  /** Each note's text by the index of its character. */
  texts: string[];
  /** Notes that no reference in the text points at (reported, never placed). */
  orphans: string[];
}

const textOf = (nodes: HtmlNode[]): string =>
  nodes.map((n) => (typeof n === 'string' ? n : n.tag === 'br' ? '\n' : textOf(n.children))).join('');

/** The note's text without mammoth's link back to its reference ("↑"). */
function noteText(li: HtmlElement): string {
  const strip = (nodes: HtmlNode[]): HtmlNode[] =>
    nodes
      .filter(
        (n) => typeof n === 'string' || !(n.tag === 'a' && /^#(foot|end)note-ref-/.test(n.attrs.href ?? '')),
      )
      .map((n) => (typeof n === 'string' ? n : { ...n, children: strip(n.children) }));
  const paragraphs = li.children
    .map((c) =>
      textOf(strip([c]))
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
  return paragraphs.join('\n');
}

/**
 * Takes the notes out of mammoth's HTML (changing `root`): the list items of the notes are
 * removed (and their list when it is left empty), and each reference link is replaced by its
 * note's character. Returns the notes' texts.
 */
export function takeNotes(root: HtmlElement): Notes {
  const byKey = new Map<string, string>();
  const collect = (el: HtmlElement) => {
    el.children = el.children.filter((c) => {
      if (typeof c === 'string') return true;
      const id = NOTE_ID.exec(c.attrs.id ?? '');
      if (c.tag === 'li' && id) {
        byKey.set(`${id[1]}-${id[2]}`, noteText(c));
        return false;
      }
      collect(c);
      // A list that held only notes goes with them.
      return !(
        (c.tag === 'ol' || c.tag === 'ul') &&
        c.children.every((k) => typeof k === 'string' && !k.trim())
      );
    });
  };
  collect(root);
  const texts: string[] = [];
  const used = new Set<string>();
  const replace = (el: HtmlElement) => {
    el.children = el.children.map((c) => {
      if (typeof c === 'string') return c;
      const href = NOTE_HREF.exec(c.attrs.href ?? '');
      const key = href ? `${href[1]}-${href[2]}` : '';
      if (c.tag === 'a' && byKey.has(key) && FIRST + texts.length <= LAST) {
        used.add(key);
        texts.push(byKey.get(key) as string);
        return String.fromCodePoint(FIRST + texts.length - 1);
      }
      replace(c);
      return c;
    });
  };
  replace(root);
  const orphans = [...byKey].filter(([key]) => !used.has(key)).map(([, text]) => text);
  return { texts, orphans };
}

/** Text without the characters standing for notes (for text that takes no footnote). */
export const withoutNotes = (text: string) => text.replace(NOTE_CHAR, '');

/**
 * Turns the notes' characters in a recognised body into footnote nodes: in paragraphs (the
 * schema's place for them, table cells included), each where its reference stood. A note in a
 * Pasal or BAB heading, one longer than a footnote holds, and one without a reference are
 * reported ("Catatan kaki: …") instead, their text kept there in full.
 */
export function placeNotes(body: PMJSON, notes: Notes): { body: PMJSON; unplaced: string[] } {
  const unplaced = notes.orphans.map((t) => `Catatan kaki: ${t}`);
  const noteOf = (ch: string) => notes.texts[(ch.codePointAt(0) as number) - FIRST] ?? '';
  const report = (text: string) => {
    for (const ch of text.match(NOTE_CHAR) ?? []) unplaced.push(`Catatan kaki: ${noteOf(ch)}`);
    return withoutNotes(text);
  };
  const inParagraph = (n: PMJSON): PMJSON[] => {
    if (n.type !== NODE.text || !n.text) return [n];
    const out: PMJSON[] = [];
    for (const piece of n.text.split(/([\u{100000}-\u{10fffd}])/u)) {
      if (!piece) continue;
      if (!IS_NOTE.test(piece)) out.push({ ...n, text: piece });
      else {
        const text = noteOf(piece);
        if (text.length > FOOTNOTE_MAX_CHARS) unplaced.push(`Catatan kaki: ${text}`);
        out.push({ type: NODE.footnote, attrs: { text: text.slice(0, FOOTNOTE_MAX_CHARS) } });
      }
    }
    return out;
  };
  const visit = (n: PMJSON): PMJSON => {
    if (n.type === NODE.text) return n.text ? { ...n, text: report(n.text) } : n;
    if (!n.content) return n;
    if (n.type === NODE.paragraph) return { ...n, content: n.content.flatMap(inParagraph) };
    const content = n.content.map(visit).filter((c) => c.type !== NODE.text || c.text);
    if (content.length) return { ...n, content };
    const { content: _gone, ...empty } = n;
    return empty;
  };
  return { body: visit(body), unplaced };
}
