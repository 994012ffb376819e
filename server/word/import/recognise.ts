import type { PMJSON } from '../../../shared/clauses.ts';
import { newId } from '../../../shared/ids.ts';
import { NODE } from '../../../shared/schema/names.ts';
import { type FrontMatter, readFrontMatter } from './frontMatter.ts';
import type { Line, Run } from './lines.ts';
import { BAB, CLOSING, dropChars, isUpper, letterIndex, markerOf, PASAL, splitAtBreaks } from './markers.ts';
import { type KomparisiEntry, readKomparisi, readSignatureTable, type SignatureColumn } from './parties.ts';
import { inlineNodes, paragraph, plainText } from './pm.ts';
import { TableRebuilder } from './tables.ts';

/**
 * Reads the lines of a Word draft into the agreement schema: the title block is recognised
 * and set aside; text before the first Pasal is the preamble; "BAB I" starts a chapter,
 * "Pasal N" a clause with its heading on the next line; "(1)" an ayat; "a." a letter item
 * (inside the open ayat); "Demikian …" the closing. Whatever fits none of these is kept as a
 * paragraph where it stands: nothing typed is dropped.
 */

export interface Recognised {
  body: PMJSON;
  front: FrontMatter;
  counts: { clauses: number; ayat: number; letterItems: number; chapters: number; unmapped: number };
  /** Lines recognised and not copied (title block, signature block). */
  skipped: string[];
  warnings: Warning[];
  /** The komparisi entries, in the draft's order. */
  komparisi: KomparisiEntry[];
  /** The columns of the signature table(s) after the last Pasal, left to right. */
  signatures: SignatureColumn[];
  /** The draft's own annexes (LAMPIRAN), each an `annex` section, out of the body and the closing. */
  annexes: PMJSON[];
  /** Text kept as a paragraph outside any Pasal, preamble or closing: where it stood, as it read. */
  unplaced: string[];
  /** Where the text of the preamble is, for the opening's date and place. */
  preambleText: string;
}

/** A draft's own annex (LAMPIRAN) as the recogniser hands it on. */
export const ANNEX = NODE.annex;

export interface Warning {
  id: string;
  message: string;
  messageEn: string;
}

type Phase = 'preamble' | 'body' | 'closing' | 'annex';

/** "LAMPIRAN", "LAMPIRAN I", "LAMPIRAN PERJANJIAN KERJA SAMA …": the start of an annex. */
const ANNEX_START = /^LAMPIRAN\b/;
const SIGNATURE_LINE =
  /^(?:(?:PIHAK\s+[A-Z]+\s*,?\s*)+|(?:NIP\.?[\s.:\d]*)+|Meterai.*|Rp\s?10\.000.*|Paraf.*)$/i;
const HEADING_MAX = 150;

class Recogniser {
  readonly top: PMJSON[] = [];
  readonly counts = { clauses: 0, ayat: 0, letterItems: 0, chapters: 0, unmapped: 0 };
  readonly skipped: string[] = [];
  readonly warnings: Warning[] = [];
  readonly komparisi: KomparisiEntry[] = [];
  readonly signatures: SignatureColumn[] = [];
  readonly annexes: PMJSON[] = [];
  readonly unplaced: string[] = [];
  preambleText = '';
  /** Each table's rows as cells of lines, and its first row, by table index. */
  readonly tableRows = new Map<number, string[][][]>();
  readonly firstRows = new Map<number, Line>();
  private readonly signatureTables = new Map<number, boolean>();
  readonly tables = new TableRebuilder();
  private readonly warned = new Set<string>();

  private phase: Phase = 'preamble';
  private section: PMJSON | null = null;
  private clause: PMJSON | null = null;
  private awaitingHeading = false;
  private chapter: PMJSON | null = null;
  private ayatList: PMJSON | null = null;
  private ayatItem: PMJSON | null = null;
  /** "(1)" or "1." — how this clause numbers its ayat, from the first one seen. */
  private ayatStyle: 'paren' | 'dot' | null = null;
  private letterList: { node: PMJSON; parent: PMJSON } | null = null;
  private letterItem: PMJSON | null = null;
  private bulletList: { node: PMJSON; parent: PMJSON } | null = null;
  private bulletItem: PMJSON | null = null;

  warn(id: string, message: string, messageEn: string) {
    if (this.warned.has(id)) return;
    this.warned.add(id);
    this.warnings.push({ id, message, messageEn });
  }

  private closeLists(level: 'all' | 'letters' | 'bullets') {
    this.bulletList = null;
    this.bulletItem = null;
    if (level === 'bullets') return;
    this.letterList = null;
    this.letterItem = null;
    if (level === 'letters') return;
    this.ayatList = null;
    this.ayatItem = null;
  }

  private endClause() {
    this.closeLists('all');
    this.clause = null;
    this.awaitingHeading = false;
    this.chapter = null;
    this.ayatStyle = null;
  }

  /** The node whose content new blocks go into. */
  private container(): PMJSON | null {
    if (this.phase === 'annex') return this.annexes[this.annexes.length - 1] ?? null;
    if (this.clause) return this.ayatItem ?? this.clause;
    return this.section;
  }

  private append(block: PMJSON, into: PMJSON | null = this.container()) {
    if (into) {
      into.content ??= [];
      into.content.push(block);
    } else {
      this.top.push(block);
    }
  }

  private openSection(type: typeof NODE.preamble | typeof NODE.closing) {
    this.endClause();
    this.section = { type, content: [] };
    this.top.push(this.section);
  }

  line(line: Line) {
    const text = line.text.trim();
    if (!text) return;
    const first = text.split('\n')[0]!.trim();
    if (line.text.includes('\n') && (PASAL.test(first) || BAB.test(first))) {
      for (const part of splitAtBreaks(line)) this.line(part);
      return;
    }
    if (this.startsAnnex(line, text)) return this.startAnnex(line);
    if (line.table !== null) return this.tableRow(line, text);
    if (this.phase === 'annex') return this.block(line, text);
    if (this.phase !== 'closing' && CLOSING.test(text)) {
      this.phase = 'closing';
      this.openSection(NODE.closing);
      return this.append(paragraph(line.runs));
    }
    if (this.phase === 'closing' && SIGNATURE_LINE.test(text)) {
      this.skipped.push(text);
      return;
    }
    if (this.phase !== 'closing') {
      const pasal = PASAL.exec(text);
      if (pasal) return this.startClause(Number(pasal[1]), pasal[2], line);
      const bab = BAB.exec(text);
      if (bab) return this.startChapter(bab[2]!);
    }
    if (this.awaitingHeading && this.clause) {
      this.awaitingHeading = false;
      if (this.looksLikeHeading(line, text)) return this.setHeading(line.runs);
    }
    if (this.chapter) {
      const chapter = this.chapter;
      this.chapter = null;
      if (!chapter.content?.length && !markerOf(text) && text.length <= HEADING_MAX && !/[.;:]$/.test(text)) {
        chapter.content = plainText(text);
        return;
      }
    }
    if (this.phase === 'preamble') {
      this.preambleText += `${text}\n`;
      const entry = readKomparisi(text);
      if (entry) this.komparisi.push(entry);
    }
    this.block(line, text);
  }

  /**
   * A draft's own LAMPIRAN starts with a line that says so: after the closing formula (any
   * case), or after a Pasal in capitals, never inside the preamble (which cites laws).
   */
  private startsAnnex(line: Line, text: string) {
    if (line.table !== null) return this.annexHeaderTable(line);
    if (text.length > 200) return false;
    if (this.phase === 'closing' || this.phase === 'annex') return /^lampiran\b/i.test(text);
    return this.phase === 'body' && this.counts.clauses > 0 && ANNEX_START.test(text) && isUpper(text);
  }

  /** An annex whose header is a table ("LAMPIRAN I" in a cell of its first row), after the closing. */
  private annexHeaderTable(line: Line) {
    if (this.phase !== 'closing' && this.phase !== 'annex') return false;
    if (this.firstRows.get(line.table as number) !== line) return false;
    return (line.cells ?? []).some((cell) => /^lampiran\b/i.test(cell.find((t) => t.trim())?.trim() ?? ''));
  }

  private startAnnex(line: Line) {
    this.endClause();
    this.phase = 'annex';
    this.section = null;
    this.annexes.push({ type: ANNEX, content: [] });
    if (line.table !== null) this.tableRow(line, line.text.trim());
    else this.append(paragraph(line.runs));
  }

  private looksLikeHeading(line: Line, text: string) {
    if (markerOf(text) || line.list || text.length > HEADING_MAX) return false;
    return isUpper(text) || !/[.;:,]$/.test(text);
  }

  private startClause(typed: number, rest: string | undefined, line: Line) {
    this.phase = 'body';
    this.section = null;
    this.endClause();
    this.counts.clauses += 1;
    if (typed !== this.counts.clauses) {
      this.warn(
        'import.pasal_renumbered',
        `Nomor Pasal tidak berurutan (Pasal ${typed} menjadi Pasal ${this.counts.clauses}); Sepakat menomori ulang menurut urutan.`,
        `Article numbers are out of sequence (Pasal ${typed} became Pasal ${this.counts.clauses}); Sepakat renumbers them by position.`,
      );
    }
    this.clause = { type: NODE.clause, attrs: { id: newId() }, content: [{ type: NODE.clauseHeading }] };
    this.top.push(this.clause);
    if (rest?.trim()) {
      const label = /^pasal\s+\d+\s*[-–—:.]\s*/i.exec(line.text.trimStart())?.[0].length ?? 0;
      this.setHeading(dropChars(line.runs, label));
    } else {
      this.awaitingHeading = true;
    }
  }

  private setHeading(runs: Run[]) {
    if (!this.clause?.content) return;
    // Headings are bold by definition; a bold mark would only repeat the layout.
    const content = inlineNodes(
      runs.map((r) => ('br' in r ? r : { ...r, marks: r.marks.filter((m) => m !== 'bold') })),
    );
    this.clause.content[0] = { type: NODE.clauseHeading, ...(content.length ? { content } : {}) };
  }

  private startChapter(title: string) {
    this.phase = 'body';
    this.section = null;
    this.endClause();
    this.counts.chapters += 1;
    const node: PMJSON = { type: NODE.chapter, attrs: { id: newId() } };
    if (title.trim()) node.content = plainText(title);
    this.top.push(node);
    this.chapter = node;
  }

  private tableRow(line: Line, text: string) {
    if (this.isSignatureTable(line.table as number) && (this.phase === 'closing' || this.clause)) {
      this.skipped.push(text);
      return;
    }
    if (!this.container()) this.openPreambleIfFirst();
    // A table stays a table, where it stood; one outside any part is reported like a paragraph.
    if (!this.clause && this.phase === 'body' && !this.section) {
      this.counts.unmapped += 1;
      this.unplaced.push(text);
    }
    const table = this.tables.row(line);
    if (table) this.append(table);
  }

  /** Whether a table is a signature table; its columns are read into `signatures` the first time. */
  private isSignatureTable(table: number): boolean {
    const known = this.signatureTables.get(table);
    if (known !== undefined) return known;
    const columns = readSignatureTable(this.tableRows.get(table) ?? []);
    this.signatureTables.set(table, !!columns);
    if (columns) this.signatures.push(...columns);
    return !!columns;
  }

  private openPreambleIfFirst() {
    if (this.phase === 'preamble' && !this.section && !this.top.length) this.openSection(NODE.preamble);
  }

  private block(line: Line, text: string) {
    if (this.phase === 'preamble' && !this.section) this.openSection(NODE.preamble);
    const marker = markerOf(text);
    if (line.list) return this.wordListItem(line);
    if (!marker) return this.plain(line);
    const runs = dropChars(line.runs, marker.length);
    switch (marker.kind) {
      case 'ayat':
        if (this.clause && this.ayatStyle !== 'dot') return this.ayat(runs, marker.number, 'paren');
        return this.plain(line);
      case 'numbered':
        if (this.clause && this.ayatStyle !== 'paren' && !this.letterItem) {
          this.warn(
            'import.numbered_as_ayat',
            'Ayat bernomor "1." dibaca sebagai ayat "(1)".',
            'Paragraphs numbered "1." were read as ayat "(1)".',
          );
          return this.ayat(runs, marker.number, 'dot');
        }
        return this.plain(line);
      case 'letter':
        return this.letter(runs, marker.letter);
      case 'bullet':
        return this.bullet(runs);
    }
  }

  /** An item of a list Word numbered itself and mammoth kept as a list (bullets, unresolved numbering). */
  private wordListItem(line: Line) {
    const list = line.list as NonNullable<Line['list']>;
    if (!list.ordered) return this.bullet(line.runs);
    if (this.clause && list.depth === 0 && this.ayatStyle !== 'paren') {
      return this.ayat(line.runs, (this.ayatList?.content?.length ?? 0) + 1, 'dot');
    }
    const expected = this.letterList ? (this.letterList.node.content?.length ?? 0) : 0;
    return this.letter(line.runs, String.fromCharCode(97 + expected));
  }

  private plain(line: Line) {
    this.closeLists('letters');
    if (!this.clause && this.phase === 'body' && !this.section) {
      this.counts.unmapped += 1;
      this.unplaced.push(line.text.trim());
    }
    this.append(paragraph(line.runs));
  }

  private ayat(runs: Run[], typed: number, style: 'paren' | 'dot') {
    this.closeLists('letters');
    this.ayatStyle = style;
    if (!this.ayatList || (typed === 1 && this.ayatList.content?.length)) {
      this.ayatList = { type: NODE.ayatList, content: [] };
      this.append(this.ayatList, this.clause);
    }
    const position = (this.ayatList.content?.length ?? 0) + 1;
    if (typed !== position) {
      this.warn(
        'import.ayat_renumbered',
        'Nomor ayat tidak berurutan; Sepakat menomori ulang menurut urutan.',
        'Paragraph (ayat) numbers are out of sequence; Sepakat renumbers them by position.',
      );
    }
    this.ayatItem = { type: NODE.ayatItem, attrs: { id: newId() }, content: [paragraph(runs)] };
    this.ayatList.content?.push(this.ayatItem);
    this.counts.ayat += 1;
  }

  private letter(runs: Run[], letter: string) {
    this.closeLists('bullets');
    const parent = this.container();
    const open = this.letterList && this.letterList.parent === parent ? this.letterList : null;
    if (!open || (letter === 'a' && open.node.content?.length)) {
      this.letterList = { node: { type: NODE.letterList, content: [] }, parent: parent as PMJSON };
      this.append(this.letterList.node, parent);
    }
    const list = this.letterList as { node: PMJSON };
    if (letterIndex(letter) !== (list.node.content?.length ?? 0)) {
      this.warn(
        'import.letters_renumbered',
        'Huruf daftar tidak berurutan; Sepakat menyusun ulang menurut urutan.',
        'List letters are out of sequence; Sepakat re-letters them by position.',
      );
    }
    this.letterItem = { type: NODE.letterItem, content: [paragraph(runs)] };
    list.node.content?.push(this.letterItem);
    this.counts.letterItems += 1;
  }

  private bullet(runs: Run[]) {
    const parent = this.letterItem ?? this.container();
    if (!this.bulletList || this.bulletList.parent !== parent) {
      this.bulletList = { node: { type: NODE.bulletList, content: [] }, parent: parent as PMJSON };
      this.append(this.bulletList.node, parent);
    }
    this.bulletItem = { type: NODE.listItem, content: [paragraph(runs)] };
    this.bulletList.node.content?.push(this.bulletItem);
  }
}

/** Recognises the structure of the lines of a Word draft. */
export function recognise(lines: Line[]): Recognised {
  const front = readFrontMatter(lines);
  const r = new Recogniser();
  for (const line of lines) {
    if (line.table === null) continue;
    const rows = r.tableRows.get(line.table) ?? [];
    rows.push(line.cells ?? [line.text.split(' | ')]);
    r.tableRows.set(line.table, rows);
    if (!r.firstRows.has(line.table)) r.firstRows.set(line.table, line);
  }
  r.skipped.push(...front.lines);
  for (const line of lines.slice(front.count)) r.line(line);
  r.tables.finish();
  const content = r.top.filter(
    (n) => !(n.type === NODE.preamble || n.type === NODE.closing) || n.content?.length,
  );
  return {
    body: { type: NODE.doc, content },
    front,
    counts: r.counts,
    skipped: r.skipped,
    warnings: r.warnings,
    komparisi: r.komparisi,
    signatures: r.signatures,
    annexes: r.annexes,
    unplaced: r.unplaced,
    preambleText: r.preambleText,
  };
}
