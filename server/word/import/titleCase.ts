/** Words Indonesian titles keep in lower case unless they come first. */
const SMALL = new Set([
  'dan',
  'atau',
  'di',
  'ke',
  'dari',
  'yang',
  'untuk',
  'dalam',
  'pada',
  'tentang',
  'serta',
  'terhadap',
  'bagi',
  'oleh',
  'dengan',
  'antara',
  'sebagai',
]);

/**
 * "PENINGKATAN KUALITAS PELAYANAN PUBLIK DAN PERCEPATAN" → "Peningkatan Kualitas Pelayanan
 * Publik dan Percepatan": a title typed in capitals becomes a subject for the metadata form
 * (the export prints it in capitals again). Text that is not all capitals is kept as typed.
 */
export function titleCase(text: string): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (!letters || letters !== letters.toUpperCase()) return text.trim();
  return text
    .trim()
    .toLowerCase()
    .split(/(\s+)/)
    .map((w, i) => (i > 0 && SMALL.has(w) ? w : w.replace(/^(\p{L})/u, (c) => c.toUpperCase())))
    .join('');
}
