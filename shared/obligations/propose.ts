import { type DocumentOutline, outlineOf, type PMJSON, toLetter } from '../clauses.ts';
import { clauseLines, clauseText } from '../clauseText.ts';
import { NODE } from '../schema/names.ts';
import { type DueRule, dueRuleOf } from './due.ts';
import { leadingParty, type ObligedParty, type PartyTerm, partyTerms } from './parties.ts';
import { sentencesOf } from './sentences.ts';

export type { DueRule, DueUnit } from './due.ts';
export type { ObligedParty } from './parties.ts';

/** An obligation read from the agreement's text, for people to confirm, edit or dismiss. */
export interface ObligationProposal {
  /** Stable within the document while the text stays: the clause, ayat, letter and sentence it comes from. */
  key: string;
  clauseId: string;
  /** The ayat's id, or null for a Pasal's own text. */
  ayatId: string | null;
  /** Where it stands, as the agreement cites it: "Pasal 4 ayat (4) huruf b". */
  path: string;
  party: ObligedParty;
  /** The obligation's words: the sentence, or the lettered item under "… berkewajiban:". */
  text: string;
  due: DueRule | null;
  /** The words that made it an obligation ("berkewajiban", "paling lambat", "setiap"). */
  cue: string;
}

/**
 * Proposes the obligations a document states, favouring precision over recall (people confirm
 * each one, and a wrong obligation costs more than a missing one). An obligation is:
 * - a lettered item under a lead-in such as "PIHAK KEDUA berkewajiban:" (or "wajib:", "bertanggung
 *   jawab:", "Kewajiban PIHAK KEDUA meliputi:"); items under "berhak:" are rights;
 * - a sentence opening with a party that says "wajib", "berkewajiban" or "bertanggung jawab", or
 *   whose active verb comes with a due rule ("setiap 6 (enam) bulan", "paling lambat 14 (empat belas)
 *   hari kerja sejak …").
 * Never proposed: the preamble and recitals; Pasal about the agreement's life rather than its
 * work (term, termination, force majeure, sanctions, disputes, amendment, closing, definitions,
 * purpose, scope), whose time limits bind only a party choosing to act; rights ("berhak", "dapat");
 * negations; definitions; sentences with no party as subject; and conditions ("Dalam hal …,
 * Apabila …") unless their deadline counts from the event they name.
 */
export function proposeObligations(doc: PMJSON): ObligationProposal[] {
  const outline = outlineOf(doc);
  const terms = partyTerms(doc);
  const out: ObligationProposal[] = [];
  for (const clause of doc.content ?? []) {
    if (clause.type !== NODE.clause) continue;
    const id = String(clause.attrs?.id ?? '');
    const number = outline.clauses.find((c) => c.id === id)?.number;
    const [heading, ...body] = clause.content ?? [];
    if (number === undefined || NOT_WORK.test(heading ? clauseText(heading) : '')) continue;
    const reader = new ClauseReader(outline, terms, id, number, out);
    let ayat = 0;
    reader.blocks(body, null);
    for (const block of body) {
      if (block.type !== NODE.ayatList) continue;
      for (const item of block.content ?? []) {
        ayat += 1;
        reader.blocks(item.content ?? [], { number: ayat, id: (item.attrs?.id as string | null) ?? null });
      }
    }
  }
  return out;
}

/** Headings of Pasal that arrange the agreement's own life, not the work it commits to. */
const NOT_WORK =
  /\b(?:jangka waktu|masa berlaku|perpanjangan|pengakhiran|berakhirnya|pemutusan|keadaan kahar|force majeure|sanksi|perselisihan|sengketa|perubahan|adendum|amandemen|penutup|ketentuan umum|definisi|pengertian|maksud dan tujuan|ruang lingkup|hukum yang berlaku|domisili|bahasa|lain-lain)\b/i;

type Ayat = { number: number; id: string | null } | null;
type Terms = { parties: PartyTerm[]; joint: string[] };

const DUTY = /\b(?:berkewajiban|diwajibkan|wajib|bertanggung\s*jawab)\b/i;
const DUTY_LEAD =
  /^(?:berkewajiban|wajib|mempunyai kewajiban|memiliki kewajiban|bertanggung\s*jawab)\b[^:]*:$/i;
const DUTY_HEAD = /^(?:(?:adalah|meliputi|sebagai berikut|yaitu|antara lain|sebagai)\s*)*:$/i;
const CONDITION = /^(?:dalam hal|apabila|jika|bilamana|manakala|dalam keadaan)\b[^,]*,\s*/i;
const INTRO = /^(?:untuk|guna|dalam rangka|dalam pelaksanaan|selain itu|berdasarkan)\b[^,]*,\s*/i;
const NOT_DUTY = /^(?:berhak|dapat|boleh|tidak|dilarang|bukan|adalah|merupakan|yaitu|sepakat)\b/i;
const NEGATED = /\btidak\s+(?:wajib|berkewajiban|diwajibkan|bertanggung\s*jawab)\b/i;
const ACTIVE_VERB = /^(?:(?:secara\s+\S+|bersama-sama)\s+)?(?:me|ber)[a-z]/i;
const TIMING_CUE =
  /paling sedikit|sekurang-kurangnya|paling lambat|paling lama|selambat-lambatnya|setiap|tiap|kali dalam|sekali/i;

/** Reads the blocks of one Pasal or ayat into proposals. */
class ClauseReader {
  constructor(
    private outline: DocumentOutline,
    private terms: Terms,
    private clauseId: string,
    private pasal: number,
    private out: ObligationProposal[],
  ) {}

  blocks(blocks: PMJSON[], ayat: Ayat): void {
    for (let i = 0; i < blocks.length; i += 1) {
      const block = blocks[i]!;
      const next = blocks[i + 1];
      if (block.type === NODE.paragraph) {
        const text = this.text(block);
        if (text.endsWith(':') && next?.type === NODE.letterList) {
          i += 1;
          const lead = this.dutyLead(text);
          if (lead) this.items(next, ayat, lead);
          else this.sentences(`${text} ${this.text({ type: NODE.ayatItem, content: [next] })}`, ayat, null);
        } else this.sentences(text, ayat, null);
      } else if (block.type === NODE.letterList) {
        (block.content ?? []).forEach((item, j) => {
          this.sentences(this.text(item), ayat, toLetter(j));
        });
      }
    }
  }

  /** The party a lead-in such as "PIHAK KEDUA berkewajiban:" binds, or null for any other. */
  private dutyLead(text: string): { party: ObligedParty; cue: string } | null {
    const plain = text.replace(INTRO, '');
    const own = leadingParty(plain, this.terms);
    if (own && DUTY_LEAD.test(own.rest))
      return { party: own.party, cue: DUTY.exec(own.rest)?.[0] ?? own.rest.split(/\s/)[0]! };
    const head = /^kewajiban\s+/i.exec(plain);
    const named = head ? leadingParty(plain.slice(head[0].length), this.terms) : null;
    if (named && DUTY_HEAD.test(named.rest)) return { party: named.party, cue: 'kewajiban' };
    return null;
  }

  private items(list: PMJSON, ayat: Ayat, lead: { party: ObligedParty; cue: string }): void {
    (list.content ?? []).forEach((item, j) => {
      const text = this.text(item)
        .replace(/\s*[;,]\s*(?:dan\/atau|dan|atau)?\s*$/i, '')
        .replace(/\.\s*$/, '');
      if (!text || /^(?:berhak|dapat|boleh)\b/i.test(text) || NEGATED.test(text)) return;
      this.push(ayat, toLetter(j), 0, { party: lead.party, text, due: dueRuleOf(text), cue: lead.cue });
    });
  }

  private sentences(text: string, ayat: Ayat, letter: string | null): void {
    sentencesOf(text).forEach((sentence, k) => {
      const found = this.obligationIn(sentence);
      if (found) this.push(ayat, letter, k, { ...found, text: sentence });
    });
  }

  private obligationIn(sentence: string): { party: ObligedParty; due: DueRule | null; cue: string } | null {
    const condition = CONDITION.exec(sentence);
    const plain = condition ? sentence.slice(condition[0].length) : sentence.replace(INTRO, '');
    const lead = leadingParty(plain, this.terms);
    if (!lead || NOT_DUTY.test(lead.rest) || /\bberhak\b/i.test(plain) || NEGATED.test(plain)) return null;
    const due = dueRuleOf(plain);
    if (condition && due?.kind !== 'after_event') return null;
    const duty = DUTY.exec(lead.rest);
    if (duty) return { party: lead.party, due, cue: duty[0].toLowerCase() };
    if (!due || !ACTIVE_VERB.test(lead.rest)) return null;
    return { party: lead.party, due, cue: TIMING_CUE.exec(plain)?.[0].toLowerCase() ?? '' };
  }

  private push(
    ayat: Ayat,
    letter: string | null,
    sentence: number,
    found: { party: ObligedParty; text: string; due: DueRule | null; cue: string },
  ): void {
    const path = `Pasal ${this.pasal}${ayat ? ` ayat (${ayat.number})` : ''}${letter ? ` huruf ${letter}` : ''}`;
    const ayatKey = ayat ? (ayat.id ?? `#${ayat.number}`) : '-';
    this.out.push({
      key: `${this.clauseId}/${ayatKey}/${letter ?? '-'}/${sentence}`,
      clauseId: this.clauseId,
      ayatId: ayat?.id ?? null,
      path,
      ...found,
    });
  }

  /** A block's text on one line, references read as the agreement prints them. */
  private text(node: PMJSON): string {
    return clauseLines(node, this.outline, this.clauseId).join(' ').replace(/\s+/g, ' ').trim();
  }
}
