/**
 * How a unit (OPD) of a local government is named where it signs in its own name: the title
 * and the signatures of its PKS. A unit is registered by its own name ("Dinas Sosial"); the
 * paper names it with its region ("Dinas Sosial Kota Jambi"), the party's name without
 * "Pemerintah" (or "Pemerintah Daerah"), unless the unit's name carries it already.
 */
export function printedUnitName(unitName: string, partyName: string): string {
  const name = unitName.trim();
  const region = partyName.trim().replace(/^pemerintah\s+(daerah\s+)?/i, '');
  if (!region || name.toLowerCase().includes(region.toLowerCase())) return name;
  return `${name} ${region}`;
}

/**
 * The words under a signatory acting for a unit by a surat kuasa: "berdasarkan Surat Kuasa
 * Wali Kota Jambi Nomor …", whether the reference is kept with its "Surat Kuasa" or without.
 */
export function kuasaPhrase(kuasaRef: string): string {
  const ref = kuasaRef.trim();
  if (!ref) return '';
  return /^surat kuasa\b/i.test(ref) ? `berdasarkan ${ref}` : `berdasarkan Surat Kuasa ${ref}`;
}
