import { AlignmentType, type FileChild, Paragraph } from 'docx';
import { centredLine } from './serializers.ts';
import { grid, line } from './tables.ts';
import { byOrdinal } from './titleBlock.ts';
import type { AgreementExportInput } from './types.ts';

const COLUMNS: [string, number][] = [
  ['No.', 0.06],
  ['Pihak / Unit Kerja', 0.22],
  ['Nama', 0.17],
  ['Jabatan', 0.18],
  ['Telepon', 0.16],
  ['Surel', 0.21],
];

/**
 * Annex "DAFTAR PENGHUBUNG": the liaison of each party or OPD (Permendagri 75/2022 lists
 * liaison and correspondence among the minimum contents). Rows follow the party order.
 */
export function liaisonAnnex(input: AgreementExportInput, textWidth: number): FileChild[] {
  const liaisons = input.liaisons ?? [];
  if (!liaisons.length) return [];
  const order = new Map(byOrdinal(input.parties).map((p, i) => [p.id, i]));
  const names = new Map(input.parties.map((p) => [p.id, p.shortName || p.name]));
  const rows = [...liaisons].sort((a, b) => (order.get(a.partyId) ?? 99) - (order.get(b.partyId) ?? 99));
  const cell = (
    text: string,
    bold = false,
    align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT,
  ) => [line(text, { size: 18, bold, align })];
  return [
    centredLine('LAMPIRAN'),
    centredLine('DAFTAR PENGHUBUNG', { spacing: { after: 240 } }),
    grid({
      widths: COLUMNS.map(([, share]) => Math.floor(textWidth * share)),
      borders: true,
      headerRow: true,
      cell: { margins: { top: 40, bottom: 40, left: 80, right: 80 } },
      rows: [
        COLUMNS.map(([title]) => cell(title, true, AlignmentType.CENTER)),
        ...rows.map((l, i) => [
          cell(`${i + 1}.`, false, AlignmentType.CENTER),
          cell([names.get(l.partyId), l.unit].filter(Boolean).join(' — ')),
          cell(l.name),
          cell(l.position),
          cell(l.phone),
          cell(l.email),
        ]),
      ],
    }),
    new Paragraph({ children: [] }),
  ];
}
