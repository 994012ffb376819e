import type {
  ReplyFormat,
  ReplyParagraph,
  ReplyRevision,
  UnsupportedKind,
} from '../../../shared/api/suggestionImport.ts';
import { MARK } from '../../../shared/schema/names.ts';
import { importErrors } from '../../errors/index.ts';
import { type ImportLimits, openDocx } from './guard.ts';

/**
 * Reads the tracked changes of a .docx the other party edited in Word: each paragraph of
 * `word/document.xml` in order, with its text as it was before their revisions (every revision
 * rejected) and as they mean it (every revision accepted), the revisions' authors and dates,
 * the bold, italic and underline of its runs (and who changed them, tracked), and what cannot
 * become a suggestion (moves, numbering and table structure changes).
 * mammoth, which the draft import reads through, drops revisions, so the XML is read here.
 */

/** A cross-reference (a REF field's result) in a paragraph's text: compared, never typed. */
export const REFERENCE_CHAR = '\uE000';
/** A footnote's reference mark in a paragraph's text. */
export const FOOTNOTE_CHAR = '\uE001';

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<\?[^>]*\?>|<!--[\s\S]*?-->/g;
const ATTR = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
const ENTITY = /&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const decode = (s: string) =>
  s.replace(ENTITY, (_, e: string) => {
    if (e[0] !== '#') return NAMED[e] ?? '';
    const code = e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });

function attrsOf(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(ATTR)) out[m[1]!] = decode(m[3] ?? m[4] ?? '');
  return out;
}

/** Revisions to tables' and paragraphs' structure that the import lists instead of merging. */
const UNSUPPORTED_TAGS: Record<string, UnsupportedKind> = {
  'w:numberingChange': 'numbering',
  'w:cellIns': 'table',
  'w:cellDel': 'table',
  'w:cellMerge': 'table',
  'w:tblPrChange': 'table',
  'w:tblGridChange': 'table',
  'w:trPrChange': 'table',
  'w:tcPrChange': 'table',
};

/** Run properties read as formatting marks. */
const FORMATTING: Record<string, string> = { 'w:b': MARK.bold, 'w:i': MARK.italic, 'w:u': MARK.underline };
/** Values that switch a run property off (`w:u` also takes "none"). */
const OFF = new Set(['0', 'false', 'off', 'none']);

/** The run being read: its formatting marks, and who changed them (a w:rPrChange). */
interface Run {
  marks: Set<string>;
  changedBy: string | null;
}

interface Field {
  instr: string;
  result: boolean;
  reference: boolean;
}

/** The kind of list a Word numbering instance prints at each level, by `w:numId` (from numbering.xml). */
export type ListKinds = Map<string, (ReplyParagraph['list'] | undefined)[]>;

/**
 * What each numbering instance of a numbering.xml prints, level by level: "(1)" (decimal) an
 * ayat, "a." (lower letter) a letter, a bullet a bullet, anything else nothing.
 */
export function listKinds(numberingXml: string): ListKinds {
  const abstract = new Map<string, (ReplyParagraph['list'] | undefined)[]>();
  for (const a of numberingXml.matchAll(
    /<w:abstractNum\b[^>]*w:abstractNumId="([^"]*)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g,
  )) {
    const levels: (ReplyParagraph['list'] | undefined)[] = [];
    for (const l of a[2]!.matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      const format = /<w:numFmt\b[^>]*w:val="([^"]*)"/.exec(l[2]!)?.[1];
      levels[Number(l[1])] =
        format === 'decimal'
          ? 'ayat'
          : format === 'lowerLetter'
            ? 'letter'
            : format === 'bullet'
              ? 'bullet'
              : undefined;
    }
    abstract.set(a[1]!, levels);
  }
  const out: ListKinds = new Map();
  for (const n of numberingXml.matchAll(/<w:num\b[^>]*w:numId="([^"]*)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const id = /<w:abstractNumId\b[^>]*w:val="([^"]*)"/.exec(n[2]!)?.[1];
    if (id !== undefined) out.set(n[1]!, abstract.get(id) ?? []);
  }
  return out;
}

/** Parses a document.xml into its paragraphs (see the module comment). Pure, for the Word thread. */
export function replyParagraphs(
  xml: string,
  maxChars: number,
  lists: ListKinds = new Map(),
): ReplyParagraph[] {
  const paragraphs: ReplyParagraph[] = [];
  const open: ReplyParagraph[] = [];
  let pending: ReplyParagraph['unsupported'] = [];
  const revisions: ReplyRevision[] = [];
  const fields: Field[] = [];
  let text: 'text' | 'instr' | null = null;
  /** How deep the parser is inside each of these (a paragraph's and a run's properties, a row's, tables). */
  const inside: Record<string, number> = { 'w:pPr': 0, 'w:rPr': 0, 'w:trPr': 0, 'w:tbl': 0 };
  let chars = 0;
  let at = 0;
  // A paragraph property change whose numbering (list and level) differs from the old is a numbering change.
  let numbering = { now: '', before: '' };
  let propertyChange: Record<string, string> | null = null;
  let run: Run | null = null;
  // Inside a w:rPrChange the run properties are the formatting before the change.
  let formerFormatting = false;

  const current = () => open[open.length - 1];
  // The list a paragraph is an item of, from its own numbering (not the one a property change replaced).
  const closeParagraph = (p: ReplyParagraph | undefined) => {
    const num = /w:numId=([^;]*);/.exec(numbering.now)?.[1];
    const level = Number(/w:ilvl=([^;]*);/.exec(numbering.now)?.[1] ?? 0);
    const list = num === undefined ? undefined : lists.get(num)?.[level];
    if (p && list) p.list = list;
  };
  const emit = (s: string) => {
    const p = current();
    if (!p || !s) return;
    if (fields.some((f) => !f.result || f.reference)) return;
    chars += s.length;
    if (chars > maxChars) throw importErrors.tooMuchText(maxChars);
    const removed = revisions.some((r) => r.kind === 'del' || r.kind === 'moveFrom');
    const added = revisions.some((r) => r.kind === 'ins' || r.kind === 'moveTo');
    if (!added) p.base += s;
    if (!removed) {
      addFormat(p.formats, p.theirs.length, s.length, run);
      p.theirs += s;
    }
    const rev = revisions[revisions.length - 1];
    if (rev) rev.text += s;
  };
  const unsupported = (kind: UnsupportedKind, attrs: Record<string, string>) => {
    const item = { kind, author: attrs['w:author'] ?? '', date: attrs['w:date'] ?? '' };
    const p = current();
    if (p) p.unsupported.push(item);
    else pending.push(item);
  };

  for (const m of xml.matchAll(TAG)) {
    const between = xml.slice(at, m.index);
    at = m.index + m[0].length;
    if (text === 'text' && between) emit(decode(between));
    if (text === 'instr' && between) {
      const f = fields[fields.length - 1];
      if (f) f.instr += decode(between);
    }
    const [, close, name, rawAttrs = '', selfClose] = m;
    if (!name) continue;
    if (close) {
      if (name === 'w:t' || name === 'w:delText' || name === 'w:instrText') text = null;
      else if (name in inside) inside[name]!--;
      else if (name === 'w:fldSimple') fields.pop();
      else if (name === 'w:p') closeParagraph(open.pop());
      else if (name === 'w:r') run = null;
      else if (name === 'w:rPrChange') formerFormatting = false;
      else if (name === 'w:pPrChange' && propertyChange) {
        unsupported(numbering.now === numbering.before ? 'paragraphFormat' : 'numbering', propertyChange);
        propertyChange = null;
      } else if (isRevision(name) && !inside['w:pPr'] && !inside['w:rPr'] && !inside['w:trPr'])
        finishRevision(revisions, current());
      continue;
    }
    if (name in inside) {
      if (!selfClose) inside[name]!++;
      continue;
    }
    const attrs = attrsOf(rawAttrs);
    switch (name) {
      case 'w:p': {
        const p: ReplyParagraph = {
          base: '',
          theirs: '',
          markInserted: false,
          markDeleted: false,
          markAuthor: '',
          inTable: inside['w:tbl']! > 0,
          revisions: [],
          formats: [],
          unsupported: pending,
        };
        pending = [];
        numbering = { now: '', before: '' };
        paragraphs.push(p);
        if (!selfClose) open.push(p);
        continue;
      }
      case 'w:r':
        run = selfClose ? null : { marks: new Set(), changedBy: null };
        continue;
      case 'w:rPrChange':
        if (run) run.changedBy = attrs['w:author'] ?? '';
        formerFormatting = !selfClose;
        continue;
      case 'w:b':
      case 'w:i':
      case 'w:u':
        if (run && inside['w:rPr'] && !inside['w:pPr'] && !formerFormatting) {
          if (OFF.has((attrs['w:val'] ?? '').toLowerCase())) run.marks.delete(FORMATTING[name]!);
          else run.marks.add(FORMATTING[name]!);
        }
        continue;
      case 'w:t':
      case 'w:delText':
        if (!selfClose) text = 'text';
        continue;
      case 'w:instrText':
        if (!selfClose) text = 'instr';
        continue;
      case 'w:tab':
        if (!inside['w:pPr']) emit('\t');
        continue;
      case 'w:br':
      case 'w:cr':
        emit('\n');
        continue;
      case 'w:noBreakHyphen':
        emit('-');
        continue;
      case 'w:footnoteReference':
        emit(FOOTNOTE_CHAR);
        continue;
      case 'w:fldChar': {
        const type = attrs['w:fldCharType'];
        if (type === 'begin') fields.push({ instr: '', result: false, reference: false });
        else if (type === 'separate') separate(fields[fields.length - 1], emit);
        else if (type === 'end') fields.pop();
        continue;
      }
      case 'w:pPrChange':
        if (selfClose) unsupported('paragraphFormat', attrs);
        else propertyChange = attrs;
        continue;
      case 'w:ilvl':
      case 'w:numId':
        if (propertyChange) numbering.before += `${name}=${attrs['w:val']};`;
        else numbering.now += `${name}=${attrs['w:val']};`;
        continue;
      case 'w:fldSimple': {
        const f: Field = { instr: attrs['w:instr'] ?? '', result: false, reference: false };
        fields.push(f);
        separate(f, emit);
        if (selfClose) fields.pop();
        continue;
      }
    }
    if (isRevision(name)) {
      if (inside['w:pPr'] && inside['w:rPr']) {
        // The paragraph mark itself inserted or deleted: a paragraph split or joined.
        const p = current();
        if (p && (name === 'w:ins' || name === 'w:del')) p.markAuthor = attrs['w:author'] ?? '';
        if (p && name === 'w:ins') p.markInserted = true;
        if (p && name === 'w:del') p.markDeleted = true;
        if (p && (name === 'w:moveFrom' || name === 'w:moveTo')) unsupported('move', attrs);
      } else if (inside['w:trPr']) {
        unsupported('table', attrs);
      } else if (!inside['w:rPr'] && !selfClose) {
        const kind = name.slice(2) as ReplyRevision['kind'];
        revisions.push({ kind, author: attrs['w:author'] ?? '', date: attrs['w:date'] ?? '', text: '' });
        if (kind === 'moveFrom' || kind === 'moveTo') unsupported('move', attrs);
      }
      continue;
    }
    const kind = UNSUPPORTED_TAGS[name];
    if (kind) unsupported(kind, attrs);
  }
  return paragraphs;
}

/** Records that `length` characters from `from` of a paragraph's text are formatted as `run` is. */
function addFormat(formats: ReplyFormat[], from: number, length: number, run: Run | null) {
  const marks = run ? [...run.marks].sort() : [];
  const changedBy = run?.changedBy ?? null;
  const last = formats[formats.length - 1];
  if (last && last.to === from && last.changedBy === changedBy && last.marks.join() === marks.join())
    last.to += length;
  else formats.push({ from, to: from + length, marks, changedBy });
}

const isRevision = (name: string) =>
  name === 'w:ins' || name === 'w:del' || name === 'w:moveFrom' || name === 'w:moveTo';

function finishRevision(stack: ReplyRevision[], p: ReplyParagraph | undefined) {
  const rev = stack.pop();
  if (rev && p && rev.text) p.revisions.push(rev);
}

/** At a field's separator: a REF field's result is a cross-reference, counted as one character. */
function separate(f: Field | undefined, emit: (s: string) => void) {
  if (!f) return;
  f.result = true;
  if (/^\s*REF\s/i.test(f.instr)) {
    emit(REFERENCE_CHAR);
    f.reference = true;
  }
}

/** The paragraphs of a .docx reply, read within the import's limits (the `import.*` errors for bad files). */
export async function readReply(buffer: Buffer, limits: ImportLimits): Promise<ReplyParagraph[]> {
  const zip = await openDocx(buffer, limits);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (xml === undefined) throw importErrors.notDocx();
  const numbering = (await zip.file('word/numbering.xml')?.async('string')) ?? '';
  return replyParagraphs(xml, limits.importChars, listKinds(numbering));
}
