import { Document, type FileChild, TextRun } from 'docx';
import type { MinutesDTO } from '../../../shared/api/meetings.ts';
import { toLetter } from '../../../shared/clauses.ts';
import { COMMON_DECISIONS_HEADING, decisionGroups } from '../../../shared/decisionGroups.ts';
import { type ExportLayoutOptions, resolveLayout } from '../export/layout.ts';
import { pageFooter, pageHeader } from '../export/pageParts.ts';
import { centredLine } from '../export/serializers.ts';
import { line } from '../export/tables.ts';
import { documentOptions, packWordFile, type WordFileAuthor } from '../export/wordFile.ts';
import { letterhead } from './kop.ts';
import type { LetterheadInput } from './letterhead.ts';
import { borderedTable, labelTable, numbered, para, sectionHeading, signatures } from './parts.ts';

/** How a notula is printed, beyond the layout: the letterhead (kop) of its first page, or none. */
export interface MinutesPrint {
  letterhead?: LetterheadInput | null;
}

/** Section letters of the minutes, in order. */
const SECTIONS = 'ABCDEFGHIJ';

/**
 * Builds the minutes (notula rapat) of a meeting as .docx, following docs/DOMAIN.md "Meetings
 * and their minutes": an optional letterhead, head, attendance, opening, discussion per agenda
 * item with the clauses touched, decisions and open items, follow-ups, next meeting, any reopening,
 * closing, the place and date, and the signatures of the chair and the minute-taker. Minutes of
 * a meeting not closed yet are marked "DRAF" on every page. Same page and type settings as the
 * agreements (F4, Bookman Old Style), single-and-a-bit spacing because minutes are read as a
 * record, not signed clause by clause.
 *
 * A frozen record's file is made by whoever closed the meeting, at the close, whoever
 * downloads it: the same record and print choices give the same bytes every time.
 */
export async function buildMinutesDocx(
  minutes: MinutesDTO,
  options: ExportLayoutOptions & WordFileAuthor = {},
  print: MinutesPrint = {},
): Promise<Uint8Array> {
  const record = minutes.record;
  // Core properties and zip entries alike are dated at the close.
  const made = record
    ? { exportedBy: record.closedBy || undefined, exportedAt: new Date(record.closedAt) }
    : options;
  return packWordFile(minutesDocument(minutes, { ...options, ...made }, print), made);
}

/** What the minutes say under PESERTA RAPAT while no attendance is recorded. */
const NO_ATTENDEES = 'Peserta rapat belum dicatat.';

/** The docx `Document` behind {@link buildMinutesDocx}. */
export function minutesDocument(
  m: MinutesDTO,
  options: ExportLayoutOptions & WordFileAuthor = {},
  print: MinutesPrint = {},
): Document {
  const layout = resolveLayout({ lineSpacing: 1.15, ...options });
  const width = layout.textWidth;
  let section = 0;
  const heading = (title: string) => sectionHeading(`${SECTIONS[section++]}.`, title);

  const children: FileChild[] = [
    ...(print.letterhead ? letterhead(print.letterhead, width, layout.size) : []),
    centredLine([new TextRun({ text: 'NOTULA RAPAT', bold: true, size: layout.size + 4 })]),
    centredLine(m.title.toUpperCase(), { spacing: { after: 240 } }),
    head(m, width),
    heading('PESERTA RAPAT'),
    // A secretary reads an empty table as a form left unfilled; a line says so plainly.
    m.attendees.length
      ? borderedTable(
          [
            ['No.', 0.06],
            ['Nama', 0.24],
            ['Jabatan', 0.29],
            ['Instansi / Unit', 0.24],
            ['Kehadiran', 0.17],
          ],
          m.attendees.map((a, i) => [
            `${i + 1}.`,
            a.name,
            a.position,
            a.institution,
            a.present ? 'Hadir' : 'Tidak hadir',
          ]),
          width,
          { centred: [0, 4] },
        )
      : para(NO_ATTENDEES),
    ...(m.absentParties.length
      ? [para(`Pihak yang tidak hadir: ${m.absentParties.join('; ')}.`, 0, { after: 0 })]
      : []),
    heading('PEMBUKAAN'),
    para(m.opening),
    heading('JALANNYA PEMBAHASAN'),
    ...discussion(m),
    heading('KEPUTUSAN DAN KESIMPULAN'),
    ...decisions(m),
    heading('TINDAK LANJUT'),
    ...(m.actions.length
      ? [
          borderedTable(
            [
              ['No.', 0.07],
              ['Tindak lanjut', 0.45],
              ['Penanggung jawab', 0.28],
              ['Batas waktu', 0.2],
            ],
            m.actions.map((a, i) => [`${i + 1}.`, a.text, a.personInCharge, a.dueDate || '—']),
            width,
            { centred: [0, 3] },
          ),
        ]
      : [para('Tidak ada tindak lanjut yang dicatat.')]),
    heading('RAPAT BERIKUTNYA'),
    para(m.nextMeeting),
    ...(m.reopenings.length
      ? [heading('PERUBAHAN NOTULA'), ...m.reopenings.map((r) => para([{ text: r, italics: true }]))]
      : []),
    heading('PENUTUP'),
    para(`${m.closing} Demikian notula rapat ini dibuat untuk dipergunakan sebagaimana mestinya.`, 0, {
      keepNext: true,
      after: 240,
    }),
    ...signatures(
      m.placeDate,
      [
        { role: 'Pimpinan Rapat', ...(m.chair ?? { name: '', position: '', nip: '' }) },
        { role: 'Notulis', ...(m.minuteTaker ?? { name: '', position: '', nip: '' }) },
      ],
      width,
    ),
  ];

  const draft = m.state === 'closed' ? null : 'DRAF NOTULA — rapat belum ditutup';
  return new Document({
    ...documentOptions(
      {
        title: `Notula ${m.title}, ${m.dayDate}`,
        subject: m.kindLabel,
        description: draft ?? (m.record ? `Notula versi ${m.record.version}` : undefined),
        exportedBy: options.exportedBy,
      },
      layout,
    ),
    sections: [
      {
        properties: {
          page: { size: { width: layout.page.width, height: layout.page.height }, margin: layout.margin },
        },
        headers: { default: pageHeader(draft, layout.font) },
        footers: { default: pageFooter({ parties: [], paraf: false }) },
        children,
      },
    ],
  });
}

function head(m: MinutesDTO, width: number) {
  const rows: [string, ReturnType<typeof line>[] | string][] = [
    ['Jenis rapat', m.kindLabel],
    ['Hari/tanggal', m.dayDate],
    ['Waktu', m.time],
    ['Tempat', m.place || (m.onlineLink ? 'Daring' : '—')],
  ];
  if (m.onlineLink) rows.push(['Tautan rapat daring', m.onlineLink]);
  rows.push(
    ['Pimpinan rapat', personLine(m.chair)],
    ['Notulis', personLine(m.minuteTaker)],
    [
      'Acara',
      m.agenda.length
        ? m.agenda.map((a, i) => line(m.agenda.length > 1 ? `${i + 1}. ${a}` : a, { after: 40 }))
        : '—',
    ],
  );
  return labelTable(rows, width);
}

/** "Name, position" — or the position alone when it already says who it is (role-titled people). */
function personLine(p: MinutesDTO['chair']): string {
  if (!p) return '—';
  if (p.position.toLowerCase().includes(p.name.toLowerCase())) return p.position;
  return [p.name, p.position].filter(Boolean).join(', ');
}

/** Per agenda item: who raised what, on which clause, the replies and the outcome. */
function discussion(m: MinutesDTO): FileChild[] {
  const out: FileChild[] = [];
  const numberedItems = m.discussion.length > 1 || m.discussion[0]?.agendaItem;
  m.discussion.forEach((item, i) => {
    const indent = numberedItems ? 425 : 0;
    if (numberedItems) numberedHeading(out, `${i + 1}.`, item.agendaItem ?? 'Pembahasan');
    if (!item.points.length) {
      out.push(para('Tidak ada poin pembahasan yang dicatat.', indent));
      return;
    }
    item.points.forEach((p, j) => {
      // Left-aligned: justified lines stretch badly around long bold names in brackets.
      out.push(
        numbered(`${toLetter(j)}.`, [{ text: p.raisedBy, bold: true }, ` menyampaikan: ${p.text}`], indent, {
          left: true,
        }),
      );
      const sub = { indent: indent + 425, o: { after: 40, left: true } };
      if (p.clause) out.push(para([{ text: 'Terkait: ', italics: true }, p.clause], sub.indent, sub.o));
      if (p.quote) {
        out.push(para([{ text: 'Teks yang dibahas: ', italics: true }, `“${p.quote}”`], sub.indent, sub.o));
      }
      for (const r of p.replies) {
        out.push(para([{ text: `Tanggapan ${r.by}: `, italics: true }, r.text], sub.indent, sub.o));
      }
      const outcome = p.decision ? `${p.stateLabel}. ${p.decision}` : `${p.stateLabel}.`;
      out.push(para([{ text: 'Hasil: ', bold: true }, outcome], sub.indent, { left: true }));
    });
  });
  return out;
}

function numberedHeading(out: FileChild[], marker: string, title: string) {
  out.push(numbered(marker, title, 0, { bold: true, keepNext: true }));
}

/**
 * The decisions, numbered down the page; grouped per OPD under a heading each when points were
 * taken on PKS variants (`decisionGroups`), the master's and the common ones first.
 */
function decisions(m: MinutesDTO): FileChild[] {
  const out: FileChild[] = [];
  if (!m.decisions.length) out.push(para('Belum ada keputusan dalam rapat ini.'));
  const groups = decisionGroups(m.decisions);
  for (const group of groups) {
    if (groups.length > 1 || group.unit) {
      out.push(para([{ text: group.unit ?? COMMON_DECISIONS_HEADING, bold: true }], 0, { keepNext: true }));
    }
    for (const { number, decision: d } of group.decisions) {
      out.push(
        numbered(
          `${number}.`,
          [
            ...(d.clause ? [{ text: `${d.clause}: `, italics: true }] : []),
            `${d.text} `,
            { text: `[${d.stateLabel}]`, bold: true },
          ],
          0,
          { left: true },
        ),
      );
    }
  }
  if (m.openItems.length) {
    out.push(
      para('Hal yang belum diputuskan dan dibahas kembali pada rapat berikutnya:', 0, { keepNext: true }),
    );
    m.openItems.forEach((o, i) => {
      out.push(
        numbered(`${toLetter(i)}.`, `${o.text}${o.clause ? ` (${o.clause})` : ''}`, 0, { left: true }),
      );
    });
  }
  return out;
}
