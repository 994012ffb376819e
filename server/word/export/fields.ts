import { ImportedXmlComponent, type ParagraphChild } from 'docx';

/**
 * Word fields as runs: a Pasal number is `SEQ Pasal`, a cross-reference `REF` to the bookmark
 * of its Pasal or ayat (see bookmarks.ts), so Word and LibreOffice renumber them when a Pasal
 * or ayat is added, removed or (in a redline) a change is accepted or rejected. Each field
 * carries its result as computed here, so a reader that never updates fields still reads the
 * right number.
 */

/** The run properties a field's result is printed with. */
export interface FieldStyle {
  bold?: boolean;
  italics?: boolean;
  underline?: object;
  allCaps?: boolean;
}

const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function runProperties(style: FieldStyle): string {
  const parts = [
    style.bold ? '<w:b/><w:bCs/>' : '',
    style.italics ? '<w:i/><w:iCs/>' : '',
    style.allCaps ? '<w:caps/>' : '',
    style.underline ? '<w:u w:val="single"/>' : '',
  ].join('');
  return parts ? `<w:rPr>${parts}</w:rPr>` : '';
}

/**
 * The runs of one complex field (begin, instruction, separate, result, end) as XML; `deleted`
 * writes them as Word writes deleted text (w:delText, w:delInstrText) for use inside a w:del.
 */
export function fieldRunsXml(
  instruction: string,
  result: string,
  style: FieldStyle,
  deleted = false,
): string {
  const rPr = runProperties(style);
  const char = (type: string) => `<w:r>${rPr}<w:fldChar w:fldCharType="${type}"/></w:r>`;
  const instr = deleted ? 'w:delInstrText' : 'w:instrText';
  const text = deleted ? 'w:delText' : 'w:t';
  return [
    char('begin'),
    `<w:r>${rPr}<${instr} xml:space="preserve"> ${xmlEscape(instruction)} </${instr}></w:r>`,
    char('separate'),
    `<w:r>${rPr}<${text} xml:space="preserve">${xmlEscape(result)}</${text}></w:r>`,
    char('end'),
  ].join('');
}

/** A tracked change's wrapper around runs: `<w:ins>` or `<w:del>` with id, author and date. */
export function trackedXml(
  kind: 'ins' | 'del',
  change: { id: number; author: string; date: string },
  runs: string,
): string {
  return `<w:${kind} w:id="${change.id}" w:author="${xmlEscape(change.author)}" w:date="${xmlEscape(change.date)}">${runs}</w:${kind}>`;
}

/** Runs written as XML, as children of a docx paragraph (one component per top-level element). */
export function xmlChildren(xml: string): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  // Top-level elements are w:r, w:ins or w:del here: split between siblings.
  const re = /<(w:r|w:ins|w:del)\b[\s\S]*?<\/\1>/g;
  for (const m of xml.matchAll(re))
    out.push(ImportedXmlComponent.fromXmlString(m[0]) as unknown as ParagraphChild);
  return out;
}

/**
 * The instruction of a Pasal number (Word's sequence "Pasal", Arabic) or a BAB number ("BAB",
 * Roman). `reset` sets the sequence to a number: a Pasal or BAB struck through in a redline keeps
 * its old number while the changes are shown; rejected, it is that number anyway, and the
 * sequence counts on from it.
 */
export function sequence(name: 'Pasal' | 'BAB', reset?: number): string {
  const format = name === 'BAB' ? 'ROMAN' : 'ARABIC';
  return reset === undefined ? `SEQ ${name} \\* ${format}` : `SEQ ${name} \\r ${reset} \\* ${format}`;
}

/** The instruction of a reference to a bookmark's text (a Pasal number), as a link. */
export const refText = (bookmark: string) => `REF ${bookmark} \\h`;

/** The instruction of a reference to a bookmarked paragraph's list number ("(2)"), as a link. */
export const refNumber = (bookmark: string) => `REF ${bookmark} \\r \\h`;
