import type { Node as PMNode } from '@tiptap/pm/model';
import type { PMJSON } from '../clauses.ts';
import { agreementSchema, NODE } from '../schema/index.ts';
import { countWithWords, parseIsoDate, shortDate } from '../words.ts';

/** An addendum (adendum) changes some provisions of an agreement; a renewal (perpanjangan) continues it. */
export type AmendmentKind = 'addendum' | 'renewal';
export const AMENDMENT_KINDS = ['addendum', 'renewal'] as const satisfies readonly AmendmentKind[];

/** How the text names an agreement of each kind. */
export const AGREEMENT_NAME = { mou: 'Nota Kesepakatan', pks: 'Perjanjian Kerja Sama' } as const;

/** The signed agreement an addendum or renewal cites, as its final text printed it. */
export interface CitedAgreement {
  kind: 'mou' | 'pks';
  /** The numbers each party gave it in its own register, in the parties' order; blanks left out. */
  numbers: string[];
  /** YYYY-MM-DD: the date it was signed; blank when unknown. */
  date: string;
  /** What it is about ("tentang …"). */
  subject: string;
}

const BLANK = '………';

/** "Nomor B/045/2025 dan Nomor 180/15/2025": every party's number of the agreement. */
export function numbersText(numbers: readonly string[]): string {
  const known = numbers.map((n) => n.trim()).filter(Boolean);
  return `Nomor ${known.length ? known.join(' dan Nomor ') : BLANK}`;
}

/** "23 Juni 2025", or a blank for the pen. */
function dateText(iso: string): string {
  const date = parseIsoDate(iso);
  return date ? shortDate(date) : BLANK;
}

/**
 * "Nota Kesepakatan Nomor … dan Nomor … tanggal 23 Juni 2025 tentang …": how an addendum or a
 * renewal cites the agreement it amends or renews.
 */
export function citation(old: CitedAgreement): string {
  const subject = old.subject.trim();
  return (
    `${AGREEMENT_NAME[old.kind]} ${numbersText(old.numbers)} tanggal ${dateText(old.date)}` +
    (subject ? ` tentang ${subject}` : '')
  );
}

/** The new document's title: "Adendum atas Nota Kesepakatan …" or "Perpanjangan Nota Kesepakatan …". */
export function amendmentTitle(kind: AmendmentKind, oldTitle: string): string {
  return kind === 'addendum' ? `Adendum atas ${oldTitle}` : `Perpanjangan ${oldTitle}`;
}

/**
 * The first line of the printed title block: "ADENDUM ATAS NOTA KESEPAKATAN" or "PERPANJANGAN
 * NOTA KESEPAKATAN" (then ANTARA … TENTANG … and the new numbers, as every agreement prints).
 */
export function amendmentHeading(kind: AmendmentKind, agreement: 'mou' | 'pks'): string {
  const name = AGREEMENT_NAME[agreement].toUpperCase();
  return kind === 'addendum' ? `ADENDUM ATAS ${name}` : `PERPANJANGAN ${name}`;
}

const schema = () => agreementSchema();
const bold = () => schema().marks.bold!.create();

/** A paragraph of plain text, "PARA PIHAK" in bold as every agreement writes it. */
function paragraph(text: string): PMNode {
  const s = schema();
  const parts = text.split(/(PARA PIHAK)/).filter(Boolean);
  return s.node(
    NODE.paragraph,
    null,
    parts.map((p) => (p === 'PARA PIHAK' ? s.text(p, [bold()]) : s.text(p))),
  );
}

function letterList(items: string[]): PMNode {
  const s = schema();
  return s.node(
    NODE.letterList,
    null,
    items.map((t) => s.node(NODE.letterItem, null, [paragraph(t)])),
  );
}

function clause(heading: string, blocks: PMNode[]): PMNode {
  const s = schema();
  return s.node(NODE.clause, null, [s.node(NODE.clauseHeading, null, [s.text(heading)]), ...blocks]);
}

/** Whether a preamble paragraph opens the recitals ("PARA PIHAK terlebih dahulu menerangkan …"). */
const opensRecitals = (n: PMJSON) =>
  n.type !== NODE.paragraph || /terlebih dahulu menerangkan/i.test(textOf(n));

function textOf(n: PMJSON): string {
  return n.text ?? (n.content ?? []).map(textOf).join('');
}

/** "huruf a, huruf b, dan huruf c": the first `count` letters as a recital cites them. */
export function citedLetters(count: number): string {
  const letters = Array.from({ length: count }, (_, i) => `huruf ${String.fromCharCode(97 + i)}`);
  if (letters.length < 3) return letters.join(' dan ');
  return `${letters.slice(0, -1).join(', ')}, dan ${letters[letters.length - 1]}`;
}

/** The letters a recital cites ("huruf a, huruf b, dan huruf c", "huruf a dan huruf b"). */
const CITED_LETTERS = /huruf [a-z](?:, huruf [a-z])*,? dan huruf [a-z]/;

/** `node` with the letters it cites made the first `count`. */
function relettered(node: PMJSON, count: number): PMJSON {
  if (node.type === NODE.text && node.text)
    return { ...node, text: node.text.replace(CITED_LETTERS, citedLetters(count)) };
  return node.content ? { ...node, content: node.content.map((n) => relettered(n, count)) } : node;
}

/**
 * A renewal's text: the signed text with, among its recitals, one that cites the agreement it
 * renews, just before the last ("bahwa berdasarkan pertimbangan …"), which states the decision.
 * Everything else stays as signed, the term included, for the parties to change as they agree.
 */
export function renewalBody(signed: PMJSON, old: CitedAgreement): PMJSON {
  const s = schema();
  const recital = s
    .node(NODE.letterItem, null, [
      paragraph(
        `bahwa PARA PIHAK telah menandatangani ${citation(old)}, yang jangka waktunya akan berakhir, ` +
          `dan PARA PIHAK sepakat untuk memperpanjang kerja sama tersebut;`,
      ),
    ])
    .toJSON() as PMJSON;
  let placed = false;
  const content = (signed.content ?? []).map((part) => {
    if (placed || part.type !== NODE.preamble) return part;
    const blocks = [...(part.content ?? [])];
    const list = blocks.findIndex((b) => b.type === NODE.letterList);
    if (list < 0) {
      blocks.push(s.node(NODE.letterList, null, [s.nodeFromJSON(recital)]).toJSON() as PMJSON);
    } else {
      const items = [...(blocks[list]!.content ?? [])];
      items.splice(Math.max(0, items.length - 1), 0, recital);
      // The last recital cites the ones before it by letter: it now cites one more.
      items[items.length - 1] = relettered(items[items.length - 1]!, items.length - 1);
      blocks[list] = { ...blocks[list]!, content: items };
    }
    placed = true;
    return { ...part, content: blocks };
  });
  return checked({ ...signed, content });
}

/**
 * The standard shape of an addendum: the opening formula with blanks the signing date and place
 * fill, the parties as the signed agreement identifies them (`parties`: its preamble's paragraphs
 * between the opening formula and its recitals), recitals citing it, Pasal 1 "PERUBAHAN" ("Ketentuan
 * Pasal … diubah sehingga berbunyi sebagai berikut:", left for the parties to fill), a Pasal
 * keeping the other provisions in force, a closing Pasal and the closing formula.
 */
export function addendumBody(old: CitedAgreement, signed: PMJSON, originals: number): PMJSON {
  const s = schema();
  const cited = citation(old);
  const name = AGREEMENT_NAME[old.kind];
  const parties = partiesOf(signed).map((n) => s.nodeFromJSON(n));
  const doc = s.node(NODE.doc, null, [
    s.node(NODE.preamble, null, [
      paragraph(
        `Pada hari ini ${BLANK}, tanggal ${BLANK}, bulan ${BLANK}, tahun ${BLANK} (${BLANK}), bertempat di ${BLANK}, ` +
          'kami yang bertanda tangan di bawah ini:',
      ),
      ...parties,
      paragraph('PARA PIHAK terlebih dahulu menerangkan hal-hal sebagai berikut:'),
      letterList([
        `bahwa PARA PIHAK telah menandatangani ${cited};`,
        `bahwa PARA PIHAK sepakat untuk mengubah sebagian ketentuan dalam ${name} sebagaimana dimaksud dalam huruf a;`,
      ]),
      paragraph(
        `Berdasarkan pertimbangan tersebut, PARA PIHAK sepakat untuk membuat Adendum atas ${name} ` +
          `${numbersText(old.numbers)} dengan ketentuan sebagai berikut:`,
      ),
    ]),
    clause('PERUBAHAN', [
      paragraph(`Ketentuan Pasal ${BLANK} ${name} diubah sehingga berbunyi sebagai berikut:`),
      paragraph(BLANK),
    ]),
    clause('KETENTUAN LAIN', [
      paragraph(
        `Ketentuan lain dalam ${cited} yang tidak diubah dalam Adendum ini dinyatakan tetap berlaku ` +
          'dan mengikat PARA PIHAK.',
      ),
    ]),
    clause('PENUTUP', [
      paragraph(
        `Adendum ini merupakan bagian yang tidak terpisahkan dari ${name} ${numbersText(old.numbers)} ` +
          'dan mulai berlaku sejak tanggal ditandatangani oleh PARA PIHAK.',
      ),
    ]),
    s.node(NODE.closing, null, [
      paragraph(
        'Demikian Adendum ini dibuat dan ditandatangani oleh PARA PIHAK pada hari, tanggal, bulan, dan ' +
          `tahun sebagaimana tersebut pada awal Adendum ini, dalam rangkap ${countWithWords(originals)} asli, ` +
          'masing-masing bermeterai cukup dan mempunyai kekuatan hukum yang sama.',
      ),
    ]),
  ]);
  doc.check();
  return doc.toJSON() as PMJSON;
}

/**
 * The paragraphs of a signed agreement's preamble that identify the parties (komparisi, and
 * "… secara bersama-sama disebut PARA PIHAK"): after the opening formula, before the recitals.
 */
export function partiesOf(signed: PMJSON): PMJSON[] {
  const preamble = (signed.content ?? []).find((n) => n.type === NODE.preamble);
  const blocks = preamble?.content ?? [];
  const end = blocks.findIndex((b, i) => i > 0 && opensRecitals(b));
  return blocks.slice(1, end < 0 ? blocks.length : end);
}

/** A document the schema accepts, or a thrown error: nothing the schema refuses is stored. */
function checked(json: PMJSON): PMJSON {
  const doc = schema().nodeFromJSON(json);
  doc.check();
  return doc.toJSON() as PMJSON;
}
