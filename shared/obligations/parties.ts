import { type PMJSON, textOf } from '../clauses.ts';
import { NODE } from '../schema/names.ts';
import { partyLabel } from '../words.ts';

/**
 * Who an obligation binds, as the agreement names the parties: "PIHAK PERTAMA" (or "PIHAK
 * KESATU"), "PIHAK KEDUA" …, the name a komparisi gives a party ("selanjutnya disebut
 * OMBUDSMAN"), "PARA PIHAK" together, or each party on its own ("masing-masing PIHAK",
 * "PIHAK yang mengalami perubahan").
 */
export type ObligedParty =
  | { scope: 'party'; label: string; ordinal: number }
  | { scope: 'all'; label: string }
  | { scope: 'each'; label: string };

/** A name that stands for one party in the text. */
export interface PartyTerm {
  label: string;
  ordinal: number;
}

const MAX_PARTIES = 10;

/**
 * The names of the parties in `doc`: "PIHAK PERTAMA", "PIHAK KESATU" … "PIHAK KESEPULUH", and
 * the names its komparisi gives (the n-th party introduced "… bertindak untuk dan atas nama …,
 * selanjutnya disebut X"). The joint name ("secara bersama-sama disebut …") is returned apart.
 */
export function partyTerms(doc: PMJSON): { parties: PartyTerm[]; joint: string[] } {
  const parties: PartyTerm[] = [{ label: partyLabel(1, 'kesatu'), ordinal: 1 }];
  for (let i = 1; i <= MAX_PARTIES; i += 1) parties.push({ label: partyLabel(i), ordinal: i });
  const joint = ['PARA PIHAK'];
  const preamble = (doc.content ?? []).find((n) => n.type === NODE.preamble);
  let introduced = 0;
  for (const line of preamble ? paragraphsOf(preamble) : []) {
    const together =
      /bersama-sama\s+disebut(?:\s+sebagai)?\s+["“']?([^"”'.,;]+?)["”']?\s*(?:dan\b|[.,;]|$)/i.exec(line);
    if (together) joint.push(together[1]!.trim());
    if (!/\batas nama\b/i.test(line)) continue;
    const named = /selanjutnya\s+disebut(?:\s+sebagai)?\s+["“']?([^"”'.,;]+?)["”']?\s*(?:[.,;]|$)/i.exec(
      line,
    );
    if (!named) continue;
    introduced += 1;
    const label = named[1]!.trim();
    const standard = parties.find((p) => p.label.toLowerCase() === label.toLowerCase());
    if (!standard) parties.push({ label, ordinal: introduced });
  }
  return { parties, joint: [...new Set(joint)] };
}

function paragraphsOf(node: PMJSON): string[] {
  if (node.type === NODE.paragraph) return [textOf(node)];
  return (node.content ?? []).flatMap(paragraphsOf);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Reads the party a sentence opens with (after any introductory phrase already taken off) and
 * the rest of the sentence; null when it opens with no party. Longer names are tried first, so
 * "PIHAK KEDUA BELAS" is never read as "PIHAK KEDUA".
 */
export function leadingParty(
  sentence: string,
  terms: { parties: PartyTerm[]; joint: string[] },
): { party: ObligedParty; rest: string } | null {
  const each = /^(?:masing-masing|setiap|tiap-tiap)\s+pihak\b/i.exec(sentence);
  if (each) return { party: { scope: 'each', label: each[0] }, rest: sentence.slice(each[0].length).trim() };
  const which = /^pihak\s+yang\s+\S+(?:\s+(?!me|ber)\S+)*/i.exec(sentence);
  if (which)
    return { party: { scope: 'each', label: which[0] }, rest: sentence.slice(which[0].length).trim() };
  for (const label of [...terms.joint].sort((a, b) => b.length - a.length)) {
    const m = new RegExp(`^${escapeRegExp(label)}(?=\\s|$)`, 'i').exec(sentence);
    if (m) return { party: { scope: 'all', label: m[0] }, rest: sentence.slice(m[0].length).trim() };
  }
  const byLength = [...terms.parties].sort((a, b) => b.label.length - a.label.length);
  for (const term of byLength) {
    const m = new RegExp(`^${escapeRegExp(term.label)}(?=[\\s,:]|$)`, 'i').exec(sentence);
    if (m)
      return {
        party: { scope: 'party', label: m[0], ordinal: term.ordinal },
        rest: sentence.slice(m[0].length).trim(),
      };
  }
  return null;
}
