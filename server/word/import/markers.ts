import type { Line, Run } from './lines.ts';

/**
 * The typed markers of an Indonesian agreement, read at the start of a line: "Pasal 3",
 * "BAB II", "(1)" (ayat), "a." / "a)" (letter), "1." (numbered), "-" / "•" (bullet).
 */

export const PASAL = /^pasal\s+(\d+)\s*(?:[-–—:.]\s*(.*))?$/is;
export const BAB = /^bab\s+([ivxlcdm]+|\d+)(?![a-z])\s*[-–—:.]?\s*(.*)$/is;
export const AYAT = /^\((\d+)\)\s*/;
export const LETTER = /^([a-z])[.)]\s+/;
export const NUMBERED = /^(\d+)[.)]\s+/;
export const BULLET = /^[-–•·▪●◦]\s+/;
export const CLOSING = /^demikian\b/i;

export type Marker =
  | { kind: 'ayat'; number: number; length: number }
  | { kind: 'letter'; letter: string; length: number }
  | { kind: 'numbered'; number: number; length: number }
  | { kind: 'bullet'; length: number };

/** The list marker a line starts with, if any (leading spaces allowed). */
export function markerOf(text: string): Marker | null {
  const lead = text.length - text.trimStart().length;
  const t = text.slice(lead);
  let m = AYAT.exec(t);
  if (m) return { kind: 'ayat', number: Number(m[1]), length: lead + m[0].length };
  m = LETTER.exec(t);
  if (m) return { kind: 'letter', letter: m[1]!, length: lead + m[0].length };
  m = NUMBERED.exec(t);
  if (m) return { kind: 'numbered', number: Number(m[1]), length: lead + m[0].length };
  m = BULLET.exec(t);
  if (m) return { kind: 'bullet', length: lead + m[0].length };
  return null;
}

/** The runs of a line without its first `count` characters (a marker), leading spaces trimmed. */
export function dropChars(runs: Run[], count: number): Run[] {
  const out: Run[] = [];
  let left = count;
  let trimming = true;
  for (const run of runs) {
    if ('br' in run) {
      if (left > 0) left -= 1;
      else if (!trimming) out.push(run);
      continue;
    }
    let text = run.text;
    if (left > 0) {
      const cut = Math.min(left, text.length);
      text = text.slice(cut);
      left -= cut;
    }
    if (trimming) {
      text = text.trimStart();
      if (text) trimming = false;
    }
    if (text) out.push({ text, marks: run.marks });
  }
  return out;
}

/** Splits a line at its line breaks into several lines (for "Pasal 1<br>MAKSUD"). */
export function splitAtBreaks(line: Line): Line[] {
  let current: Run[] = [];
  const parts: Run[][] = [current];
  for (const run of line.runs) {
    if ('br' in run) {
      current = [];
      parts.push(current);
    } else current.push(run);
  }
  return parts
    .map((runs) => ({ ...line, runs, text: runs.map((r) => ('br' in r ? '\n' : r.text)).join('') }))
    .filter((l) => l.text.trim());
}

/** True when the letters of a text are all capitals ("MAKSUD DAN TUJUAN"). */
export function isUpper(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

/** "a" → 0, "b" → 1. */
export const letterIndex = (letter: string) => letter.charCodeAt(0) - 97;
