import type JSZip from 'jszip';
import { decodeEntities } from './html.ts';

/**
 * The text of the parts of a Word file that the import does not carry: page headers and
 * footers (Sepakat prints its own) and comments. Listed in the report so that nothing in the
 * file goes missing unseen.
 */
export interface UnreadText {
  where: 'header' | 'footer' | 'comments';
  text: string;
}

const PART = /^word\/(header|footer)\d*\.xml$|^word\/(comments)\.xml$/;

/** Each paragraph's text in a WordprocessingML part (field codes left out). */
export function paragraphTexts(xml: string): string[] {
  const out: string[] = [];
  for (const [p] of xml.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)) {
    const text = [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => decodeEntities(m[1]!))
      .join('');
    if (text.trim()) out.push(text.replace(/\s+/g, ' ').trim());
  }
  return out;
}

/** The text of the headers, footers and comments of an opened .docx, each part's paragraphs once. */
export async function unreadParts(zip: JSZip): Promise<UnreadText[]> {
  const out: UnreadText[] = [];
  const seen = new Set<string>();
  const names = Object.keys(zip.files)
    .filter((n) => PART.test(n))
    .sort();
  for (const name of names) {
    const m = PART.exec(name) as RegExpExecArray;
    const where = (m[1] ?? m[2]) as UnreadText['where'];
    for (const text of paragraphTexts((await zip.file(name)?.async('string')) ?? '')) {
      const key = `${where}:${text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ where, text: text.slice(0, 500) });
    }
  }
  return out;
}
