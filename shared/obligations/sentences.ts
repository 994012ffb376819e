/**
 * Splits an ayat's text into sentences at a full stop followed by a capital, except after an
 * abbreviation or an initial ("u.p.", "Rp.", "No.", "H. Abdul", "S.H."), which drafting uses
 * inside sentences.
 */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(/\.\s+(?=[A-Z(])/g)) {
    const lastWord = /(\S+)$/.exec(text.slice(start, m.index))?.[1] ?? '';
    if (isAbbreviation(lastWord)) continue;
    out.push(text.slice(start, m.index + 1).trim());
    start = m.index + m[0].length;
  }
  out.push(text.slice(start).trim());
  return out.filter(Boolean);
}

const ABBREVIATIONS = new Set([
  'no',
  'nomor',
  'rp',
  'dst',
  'dll',
  'jl',
  'prof',
  'dr',
  'ir',
  'hj',
  'tbk',
  'kec',
  'kab',
]);

function isAbbreviation(word: string): boolean {
  return word.length <= 2 || word.includes('.') || ABBREVIATIONS.has(word.toLowerCase());
}
