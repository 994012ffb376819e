import type { DocumentMeta } from '../shared/meta.ts';
import { partyMetaKey } from '../shared/meta.ts';
import type { TemplateParty } from './types.ts';

/** The founding case: the Ombudsman's Jambi office and the city of Jambi (test factory). */
export function buildParties(count = 2): TemplateParty[] {
  const known: TemplateParty[] = [
    {
      id: 'party-ombudsman',
      ordinal: 1,
      name: 'Ombudsman Republik Indonesia Perwakilan Provinsi Jambi',
      shortName: 'Ombudsman RI Perwakilan Jambi',
      seat: 'Kota Jambi',
    },
    {
      id: 'party-pemkot',
      ordinal: 2,
      name: 'Pemerintah Kota Jambi',
      shortName: 'Pemkot Jambi',
      seat: 'Kota Jambi',
    },
  ];
  for (let i = known.length; i < count; i++) {
    known.push({
      id: `party-${i + 1}`,
      ordinal: i + 1,
      name: `Perangkat Daerah ${i + 1}`,
      shortName: `OPD ${i + 1}`,
      seat: '',
    });
  }
  return known.slice(0, count);
}

/** Meta as it stands once the form is filled in before signing. */
export function signingMeta(meta: DocumentMeta, parties: TemplateParty[]): DocumentMeta {
  const out: DocumentMeta = { ...meta, place: 'Jambi', date: '2025-06-23' };
  for (const p of parties) {
    out[partyMetaKey.signatoryName(p.id)] = `Pejabat ${p.shortName}`;
    out[partyMetaKey.signatoryPosition(p.id)] = p.ordinal === 1 ? 'Kepala Perwakilan' : 'Wali Kota';
  }
  return out;
}
