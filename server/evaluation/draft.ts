import type { PMJSON } from '../../shared/clauses.ts';
import { type DocumentMeta, META, partyMetaKey } from '../../shared/meta.ts';
import type { DueRule } from '../../shared/obligations/due.ts';
import { occurrencesOf } from '../../shared/obligations/occurrences.ts';
import { type OccurrenceState, occurrenceState } from '../../shared/obligations/progress.ts';
import { responseTimesByUnit } from '../../shared/publicReports/responseTimes.ts';
import { MARK, NODE } from '../../shared/schema/names.ts';
import { type PartyWording, parseIsoDate, partyLabel, shortDate } from '../../shared/words.ts';

/**
 * The first draft of a monitoring and evaluation report (Laporan Monitoring dan Evaluasi),
 * from what Sepakat tracks of a signed or final agreement over a period: the agreement, the
 * period, each obligation's state at each due date in it, the evidence reported, the liaisons,
 * the response times to reports from the public, and the issues and recommendations the data
 * suggests, left open for the parties to complete. Pure: the caller reads the records.
 */

export interface EvaluationParty {
  id: string;
  ordinal: number;
  name: string;
  shortName: string;
  /** Who signs the report for the party: the agreement's signatory unless someone else is named. */
  signatory: { name: string; position: string; nip: string };
}

export interface EvaluationObligation {
  id: string;
  clausePath: string;
  /** Who it binds, as the table prints it: "PIHAK KEDUA", "PARA PIHAK". */
  partyLabel: string;
  unitName: string | null;
  text: string;
  due: DueRule | null;
}

export interface EvaluationReport {
  obligationId: string;
  occurrence: string | null;
  status: 'in_progress' | 'done' | 'blocked';
  createdAt: number;
  /** YYYY-MM-DD of `createdAt` in the cooperation's zone. */
  reportedOn: string;
  files: string[];
  requests: number[];
}

export interface EvaluationLiaison {
  partyName: string;
  unit: string;
  name: string;
  position: string;
  phone: string;
  email: string;
}

export interface EvaluationPublicReport {
  unitId: string | null;
  forwardedOn: string;
  dueOn: string;
  respondedOn: string | null;
  deadlineDays: number;
}

export interface EvaluationSource {
  agreement: {
    kind: 'mou' | 'pks';
    title: string;
    subject: string;
    /** Each party's number of the agreement, in party order; empty ones left out. */
    numbers: string[];
    /** YYYY-MM-DD of the signing, or null when final but not signed. */
    signedOn: string | null;
  };
  parties: EvaluationParty[];
  wording: PartyWording;
  period: { from: string; to: string };
  /** YYYY-MM-DD in the cooperation's zone. */
  today: string;
  obligations: EvaluationObligation[];
  reports: EvaluationReport[];
  liaisons: EvaluationLiaison[];
  publicReports: EvaluationPublicReport[];
  /** Unit names by id, for the response times. */
  unitNames: Record<string, string>;
}

export const REPORT_TITLE = 'Laporan Monitoring dan Evaluasi';

/** The words of an occurrence's state in the report. */
export const STATE_WORDS: Record<OccurrenceState, string> = {
  done: 'Terlaksana',
  in_progress: 'Dalam proses',
  blocked: 'Terkendala',
  needs_more: 'Perlu dilengkapi',
  due: 'Segera jatuh tempo',
  overdue: 'Terlambat',
  upcoming: 'Belum jatuh tempo',
};

const STATE_ORDER: readonly OccurrenceState[] = [
  'done',
  'in_progress',
  'needs_more',
  'blocked',
  'overdue',
  'due',
  'upcoming',
];

const KIND_WORDS = { mou: 'Nota Kesepakatan', pks: 'Perjanjian Kerja Sama' } as const;

/** One row of the obligations table: an obligation at one due date in the period (or without one). */
export interface ObligationRow {
  obligation: EvaluationObligation;
  dueDate: string | null;
  state: OccurrenceState;
  /** The reports that answer it, oldest first: their files are the period's evidence. */
  reports: EvaluationReport[];
}

/**
 * Each confirmed obligation at each of its due dates within the period, with its state now; an
 * obligation without a date appears once, its state read from the reports made in the period.
 */
export function obligationRows(source: EvaluationSource): { rows: ObligationRow[]; outside: number } {
  const rows: ObligationRow[] = [];
  let outside = 0;
  const { from, to } = source.period;
  for (const obligation of source.obligations) {
    const occurrences = occurrencesOf(obligation.due, source.agreement.signedOn, { from, to });
    if (!occurrences.length) outside++;
    for (const occurrence of occurrences) {
      const reports = source.reports.filter(
        (r) =>
          r.obligationId === obligation.id &&
          (occurrence.date !== null
            ? r.occurrence === occurrence.date
            : r.occurrence === null && r.reportedOn >= from && r.reportedOn <= to),
      );
      const state = occurrenceState({
        dueDate: occurrence.date,
        today: source.today,
        reports,
        requests: reports.flatMap((r) => r.requests.map((createdAt) => ({ createdAt }))),
      });
      rows.push({ obligation, dueDate: occurrence.date, state, reports });
    }
  }
  return { rows, outside };
}

/** A row's state in words: an obligation without a date that nobody reported on is simply open. */
const stateWords = (r: ObligationRow) =>
  r.dueDate === null && r.state === 'due' ? 'Belum dilaporkan' : STATE_WORDS[r.state];

/** "23 Juni 2025" from YYYY-MM-DD. */
export function dateWords(iso: string): string {
  const date = parseIsoDate(iso);
  return date ? shortDate(date) : iso;
}

// ---- ProseMirror JSON builders ----
const text = (t: string, bold = false): PMJSON =>
  bold ? { type: NODE.text, text: t, marks: [{ type: MARK.bold }] } : { type: NODE.text, text: t };
const paragraph = (t = '', bold = false): PMJSON =>
  t ? { type: NODE.paragraph, content: [text(t, bold)] } : { type: NODE.paragraph };
const chapter = (id: string, title: string): PMJSON => ({
  type: NODE.chapter,
  attrs: { id },
  content: [text(title)],
});
const bullets = (items: string[]): PMJSON => ({
  type: NODE.bulletList,
  content: items.map((i) => ({ type: NODE.listItem, content: [paragraph(i)] })),
});
/**
 * A table whose first row names the columns. No cell carries a width: the editor lays the table
 * over the page's width, and a width on some cells only would be copied to the rest by the
 * editor's table plugin, changing the text (and its approval) as soon as anyone opens it; the
 * export weighs the columns by their text (server/word/evaluation/docx.ts).
 */
const table = (head: string[], rows: string[][]): PMJSON => ({
  type: NODE.table,
  content: [
    {
      type: NODE.tableRow,
      content: head.map((h) => ({
        type: NODE.tableCell,
        attrs: { colspan: 1, rowspan: 1, colwidth: null },
        content: [paragraph(h, true)],
      })),
    },
    ...rows.map((cells) => ({
      type: NODE.tableRow,
      content: cells.map((c) => ({
        type: NODE.tableCell,
        attrs: { colspan: 1, rowspan: 1, colwidth: null },
        content: [paragraph(c)],
      })),
    })),
  ],
});

/** "Pasal 7 ayat (1): text", shortened to what a table cell can carry. */
function obligationCell(o: EvaluationObligation): string {
  const words = o.text.length > 240 ? `${o.text.slice(0, 237).trimEnd()}…` : o.text;
  return `${o.clausePath}: ${words}`;
}

const whoCell = (o: EvaluationObligation) => (o.unitName ? `${o.partyLabel} — ${o.unitName}` : o.partyLabel);

/**
 * The report's body and metadata. `newId` gives each BAB its id (the schema's ids); the
 * structure: I Pendahuluan, II Pelaksanaan Kewajiban, III Bukti Pelaksanaan, IV Penghubung,
 * V Tindak Lanjut Laporan Masyarakat (only when reports were forwarded in the period),
 * Permasalahan, Rekomendasi, then the closing the signatures follow.
 */
export function draftEvaluation(
  source: EvaluationSource,
  newId: () => string,
): { body: PMJSON; meta: DocumentMeta } {
  const parties = [...source.parties].sort((a, b) => a.ordinal - b.ordinal);
  const { agreement, period, wording } = source;
  const periodWords = `${dateWords(period.from)} sampai dengan ${dateWords(period.to)}`;
  const kindWords = KIND_WORDS[agreement.kind];
  // "Perjanjian Kerja Sama tentang Peningkatan Pelayanan Publik", as the agreement is titled.
  const agreementName = [agreement.title || kindWords, agreement.subject].filter(Boolean).join(' tentang ');
  const between = parties.map((p) => p.name).join(' dan ');
  const { rows, outside } = obligationRows(source);
  const labelOf = (ordinal: number) => partyLabel(ordinal, wording);

  const content: PMJSON[] = [];
  content.push(chapter(newId(), 'Pendahuluan'));
  const numbers = agreement.numbers.length ? `, Nomor ${agreement.numbers.join(' dan Nomor ')}` : '';
  const signed = agreement.signedOn
    ? `, yang ditandatangani pada tanggal ${dateWords(agreement.signedOn)}`
    : '';
  content.push(
    paragraph(
      `Laporan ini menyajikan hasil monitoring dan evaluasi atas pelaksanaan ${agreementName} antara ${between}${numbers}${signed}, untuk periode ${periodWords}.`,
    ),
  );
  content.push(
    paragraph(
      `Laporan disusun dari data pelaksanaan yang tercatat per tanggal ${dateWords(source.today)}: kewajiban para pihak beserta laporan kemajuan dan buktinya, daftar penghubung${source.publicReports.length ? ', serta tindak lanjut laporan masyarakat' : ''}. ${parties.map((p) => `${p.name} selanjutnya disebut ${labelOf(p.ordinal)}`).join('; ')}.`,
    ),
  );

  content.push(chapter(newId(), 'Pelaksanaan Kewajiban'));
  if (!rows.length) {
    content.push(paragraph('Tidak ada kewajiban yang dipantau jatuh tempo dalam periode ini.'));
  } else {
    // Counted by the words the table shows, in the order of the states.
    const counts = new Map<string, number>();
    for (const r of [...rows].sort((a, b) => STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state)))
      counts.set(stateWords(r), (counts.get(stateWords(r)) ?? 0) + 1);
    const summary = [...counts].map(([words, n]) => `${words.toLowerCase()} ${n}`).join(', ');
    content.push(
      paragraph(
        `Dalam periode ini dipantau ${rows.length} pelaksanaan kewajiban: ${summary}.${outside ? ` Sebanyak ${outside} kewajiban lain tidak jatuh tempo dalam periode ini.` : ''}`,
      ),
    );
    content.push(
      table(
        ['No.', 'Kewajiban', 'Pihak / OPD', 'Jatuh tempo', 'Keadaan'],
        rows.map((r, i) => [
          `${i + 1}.`,
          obligationCell(r.obligation),
          whoCell(r.obligation),
          r.dueDate ? dateWords(r.dueDate) : 'Tanpa tanggal',
          stateWords(r),
        ]),
      ),
    );
  }

  content.push(chapter(newId(), 'Bukti Pelaksanaan'));
  // The evidence of the period: the files of the reports that answer its due dates, whenever made.
  const evidence = rows.flatMap((row) =>
    row.reports.flatMap((report) =>
      report.files.map((name) => ({ name, report, obligation: row.obligation })),
    ),
  );
  if (!evidence.length) {
    content.push(paragraph('Tidak ada bukti yang dilampirkan pada laporan kemajuan dalam periode ini.'));
  } else {
    content.push(
      table(
        ['No.', 'Berkas bukti', 'Kewajiban', 'Tanggal laporan'],
        evidence.map((e, i) => [
          `${i + 1}.`,
          e.name,
          `${e.obligation.clausePath} (${whoCell(e.obligation)})`,
          dateWords(e.report.reportedOn),
        ]),
      ),
    );
  }

  content.push(chapter(newId(), 'Penghubung'));
  if (!source.liaisons.length) {
    content.push(paragraph('Belum ada penghubung yang ditunjuk.'));
  } else {
    content.push(
      table(
        ['No.', 'Pihak / OPD', 'Nama dan jabatan', 'Kontak'],
        source.liaisons.map((l, i) => [
          `${i + 1}.`,
          l.unit ? `${l.partyName} — ${l.unit}` : l.partyName,
          [l.name, l.position].filter(Boolean).join(', '),
          [l.phone, l.email].filter(Boolean).join(', ') || '-',
        ]),
      ),
    );
  }

  const times = source.publicReports.length ? responseTimesByUnit(source.publicReports, source.today) : [];
  const unitName = (id: string | null) => (id ? (source.unitNames[id] ?? 'OPD') : 'Tanpa OPD');
  if (times.length) {
    content.push(chapter(newId(), 'Tindak Lanjut Laporan Masyarakat'));
    const forwarded = times.reduce((n, t) => n + t.forwarded, 0);
    content.push(
      paragraph(
        `Dalam periode ini ${forwarded} laporan masyarakat diteruskan kepada OPD. Waktu tanggapan setiap OPD, dalam hari kerja, dibandingkan dengan jangka waktu yang disepakati:`,
      ),
    );
    content.push(
      table(
        ['OPD', 'Diteruskan', 'Tepat waktu / terlambat / belum dijawab', 'Median / komitmen (hari kerja)'],
        times.map((t) => [
          unitName(t.unitId),
          String(t.forwarded),
          `${t.answeredInTime} / ${t.late} / ${t.waiting}${t.overdue ? ` (${t.overdue} lewat batas waktu)` : ''}`,
          `${t.medianWorkingDays ?? '-'} / ${t.commitmentDays ?? '-'}`,
        ]),
      ),
    );
  }

  // What the data suggests; the parties add the rest.
  const issues: string[] = [];
  const advice: string[] = [];
  for (const r of rows) {
    const when = r.dueDate ? ` yang jatuh tempo ${dateWords(r.dueDate)}` : '';
    const who = whoCell(r.obligation);
    if (r.state === 'overdue') {
      issues.push(`Kewajiban ${r.obligation.clausePath} (${who})${when} belum dilaporkan terlaksana.`);
      advice.push(
        `${who} menyelesaikan kewajiban ${r.obligation.clausePath} dan melaporkannya beserta buktinya.`,
      );
    } else if (r.state === 'blocked') {
      issues.push(`Pelaksanaan kewajiban ${r.obligation.clausePath} (${who})${when} terkendala.`);
      advice.push(`Para pihak membahas kendala pelaksanaan kewajiban ${r.obligation.clausePath}.`);
    } else if (r.state === 'needs_more') {
      issues.push(`Laporan kewajiban ${r.obligation.clausePath} (${who})${when} diminta untuk dilengkapi.`);
      advice.push(`${who} melengkapi laporan dan bukti kewajiban ${r.obligation.clausePath}.`);
    }
  }
  for (const t of times) {
    if (!t.late && !t.overdue) continue;
    const late = [
      t.late ? `${t.late} dijawab terlambat` : '',
      t.overdue ? `${t.overdue} belum dijawab melewati batas waktu` : '',
    ]
      .filter(Boolean)
      .join(' dan ');
    issues.push(`Laporan masyarakat yang diteruskan kepada ${unitName(t.unitId)}: ${late}.`);
    advice.push(
      `${unitName(t.unitId)} menjawab laporan masyarakat paling lambat ${t.commitmentDays ?? '…'} hari kerja sesuai komitmen.`,
    );
  }
  content.push(chapter(newId(), 'Permasalahan'));
  if (issues.length) content.push(bullets(issues));
  content.push(paragraph());
  content.push(chapter(newId(), 'Rekomendasi'));
  if (advice.length) content.push(bullets(advice));
  content.push(paragraph());

  content.push({
    type: NODE.closing,
    content: [
      paragraph(
        `Demikian ${REPORT_TITLE} ini disusun bersama oleh para pihak sebagai bahan perbaikan pelaksanaan ${kindWords}.`,
      ),
    ],
  });

  const meta: DocumentMeta = {
    [META.title]: REPORT_TITLE,
    [META.subject]: `Pelaksanaan ${agreementName} Periode ${periodWords}`,
    [META.place]: '',
    [META.date]: '',
  };
  for (const p of parties) {
    meta[partyMetaKey.number(p.id)] = '';
    meta[partyMetaKey.signatoryName(p.id)] = p.signatory.name;
    meta[partyMetaKey.signatoryPosition(p.id)] = p.signatory.position;
    meta[partyMetaKey.signatoryNip(p.id)] = p.signatory.nip;
  }
  return { body: { type: NODE.doc, content }, meta };
}
