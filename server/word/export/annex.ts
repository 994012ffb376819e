import { AlignmentType, type FileChild, Paragraph, type Table } from 'docx';
import { type PMJSON, textOf, toRoman } from '../../../shared/clauses.ts';
import { META, partyMetaKey } from '../../../shared/meta.ts';
import { NODE } from '../../../shared/schema/names.ts';
import { parseIsoDate, shortDate } from '../../../shared/words.ts';
import { liaisonTable, workPlanTable } from './annexTables.ts';
import { KIND_TITLE } from './fromDocument.ts';
import { centredLine } from './serializers.ts';
import { signatureBlock, signatureOptionsOf } from './signature.ts';
import { grid, line } from './tables.ts';
import { byOrdinal, DOTS } from './titleBlock.ts';
import type { AgreementExportInput } from './types.ts';

/** One annex: its title and its table. */
interface Annex {
  title: string;
  table: (input: AgreementExportInput, textWidth: number) => Table;
}

/** Paragraphs of the body that name an annex ("… tercantum dalam Lampiran …"), outside the text's own annexes. */
function annexMentions(body: PMJSON): string[] {
  const out: string[] = [];
  const walk = (n: PMJSON) => {
    if (n.type === NODE.annex) return;
    if (n.type === NODE.paragraph) {
      const text = textOf(n);
      if (/\blampiran\b/i.test(text)) out.push(text);
    } else for (const c of n.content ?? []) walk(c);
  };
  walk(body);
  return out;
}

/**
 * The annexes an agreement carries: the work plan (RENCANA KERJA) when its text places the
 * work plan in an annex, and the liaisons (DAFTAR PENGHUBUNG) when any are registered or its
 * text places them in an annex — so every "tercantum dalam Lampiran" points at a page that exists.
 */
export function annexesOf(input: AgreementExportInput): Annex[] {
  const mentions = annexMentions(input.body);
  // An annex the text holds itself (a draft's own work plan or list of liaisons) is not printed twice.
  const own = (input.body.content ?? []).filter((n) => n.type === NODE.annex).map(textOf);
  const ownHas = (word: RegExp) => own.some((t) => word.test(t));
  const out: Annex[] = [];
  if (mentions.some((t) => /rencana\s+kerja/i.test(t)) && !ownHas(/rencana\s+kerja/i))
    out.push({ title: 'RENCANA KERJA', table: workPlanTable });
  if ((input.liaisons?.length || mentions.some((t) => /penghubung/i.test(t))) && !ownHas(/penghubung/i))
    out.push({ title: 'DAFTAR PENGHUBUNG', table: liaisonTable });
  return out;
}

/** A label and its value in the annex header: "NOMOR   : 001/ORI-JBR/III/2020". */
const LABEL_SHARE = 0.27;

/**
 * The annex header, in the right half of the page as Indonesian annexes are headed:
 * "LAMPIRAN I", the agreement's kind and parties' full names, each party's number, the date
 * of signing and the subject, so that a loose annex page still says which agreement it is part of.
 */
export function annexHeader(input: AgreementExportInput, label: string, textWidth: number): FileChild[] {
  const parties = byOrdinal(input.parties);
  const meta = input.meta;
  const date = parseIsoDate(meta[META.date]);
  const between = parties.map((p) => p.name.toUpperCase()).join(parties.length > 2 ? ', ' : ' DAN ');
  const column = Math.floor(textWidth / 2);
  const labelWidth = Math.floor(column * LABEL_SHARE);
  const field = (name: string, value: string) => [
    [line(name, { size: 20 })],
    [line(`: ${value.trim() || DOTS}`, { size: 20 })],
  ];
  const fields = [
    ...parties.map((p) => field('NOMOR', meta[partyMetaKey.number(p.id)] ?? '')),
    field('TANGGAL', date ? shortDate(date) : (meta[META.date] ?? '')),
    field('TENTANG', (meta[META.subject] ?? '').toUpperCase()),
  ];
  return [
    grid({
      widths: [textWidth - column, column],
      alignment: AlignmentType.LEFT,
      rows: [
        [
          [],
          [
            line(label, { size: 20, bold: true }),
            line(`${KIND_TITLE[input.kind]} ANTARA ${between}`, { size: 20, after: 60 }),
            grid({ widths: [labelWidth, column - labelWidth], alignment: AlignmentType.LEFT, rows: fields }),
          ],
        ],
      ],
    }),
    new Paragraph({ spacing: { after: 240 }, children: [] }),
  ];
}

/**
 * Each annex on its own pages: the header, its title, its table, and both parties'
 * signatures under it (an annex is part of the agreement and signed with it; the meterai
 * belongs to the signature page of the agreement itself, not here).
 */
export function annexPages(input: AgreementExportInput, textWidth: number): FileChild[][] {
  const annexes = annexesOf(input);
  return annexes.map((annex, i) => {
    const label = annexes.length > 1 ? `LAMPIRAN ${toRoman(i + 1)}` : 'LAMPIRAN';
    return [
      ...annexHeader(input, label, textWidth),
      centredLine(annex.title, { spacing: { after: 240 } }),
      annex.table(input, textWidth),
      new Paragraph({ keepNext: true, spacing: { after: 480 }, children: [] }),
      ...signatureBlock(input, textWidth, signatureOptionsOf(input, null)),
    ];
  });
}
