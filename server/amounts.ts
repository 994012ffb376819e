/**
 * Sizes and counts as the error messages print them: Indonesian groups thousands with "." and
 * writes decimals with ",", English the other way round. A limit is set in bytes or units and
 * read by people, so a refusal names it the way each language writes numbers.
 */

const MiB = 1024 * 1024;
const KiB = 1024;

/** A count in both languages: `[Indonesian, English]`, e.g. `['1.000', '1,000']`. */
export function countText(n: number): [string, string] {
  return [n.toLocaleString('id-ID'), n.toLocaleString('en-US')];
}

/** A size in both languages, in MiB from 1 MiB up, else in KiB (or bytes): `['1,5 MiB', '1.5 MiB']`. */
export function bytesText(bytes: number): [string, string] {
  const [value, unit] =
    bytes >= MiB ? [bytes / MiB, 'MiB'] : bytes >= KiB ? [bytes / KiB, 'KiB'] : [bytes, 'byte'];
  const rounded = Math.round(value * 10) / 10;
  const [id, en] = [rounded.toLocaleString('id-ID'), rounded.toLocaleString('en-US')];
  return [`${id} ${unit}`, `${en} ${unit === 'byte' && rounded !== 1 ? 'bytes' : unit}`];
}
