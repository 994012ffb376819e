import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { PMJSON } from '../../../shared/clauses.ts';
import { YDOC } from '../../../shared/protocol.ts';
import { agreementSchema } from '../../../shared/schema/index.ts';
import { missing } from '../../../tests/support/tools.ts';
import { printedRecords } from '../../commands/printedRecords.ts';
import { findDocument } from '../../db/repos/documents.ts';
import type { DocumentPoint } from '../../history/pointInTime.ts';
import { stateAt } from '../../history/reconstruct.ts';
import { clauseElement, type HistoryHarness, historyHarness } from '../../history/testing.ts';
import { recordVersion } from '../../history/versions.ts';
import type { VersionRecord } from '../../history/versionsRepo.ts';
import { clauseElements } from '../../history/yjson.ts';
import { readDocx } from '../export/docxXml.ts';
import { exportParties } from '../export/fromDocument.ts';
import { hasUno, normalisedText, type RevisionJob, runRevisionJobs } from '../export/libreOfficeRevisions.ts';
import { WordThread } from '../thread/thread.ts';
import { redlineDocx } from './fromHistory.ts';
import { redlineVersions } from './sampleVersions.ts';

/**
 * The redline as a reviewer uses it: LibreOffice opens it, accepts or rejects every change,
 * updates every field, and the text that results is the newer or the older version's own
 * export, numbers and references included. The two versions come from a real history: two
 * people's edits carried as the collaboration server carries them (history/testing.ts).
 * LibreOffice runs once, through UNO (libreoffice-accept.py), for all five files.
 */

const ANISA = 'Anisa (ORI)';
const BUDI = 'Budi (Pemkot)';

/** The Y.XmlElement of a top-level block by its position. */
const block = (body: Y.XmlFragment, index: number) => body.get(index) as Y.XmlElement;

/** The first Y.XmlText under an element. */
function firstText(el: Y.XmlElement): Y.XmlText {
  for (const node of el.createTreeWalker((x) => x instanceof Y.XmlText)) return node as Y.XmlText;
  throw new Error(`no text in ${el.nodeName}`);
}

/** Replaces `from` with `to` in a Y.XmlText (plain text, no formatting in it). */
function retype(text: Y.XmlText, from: string, to: string) {
  const at = text.toString().indexOf(from);
  if (at < 0) throw new Error(`no "${from}" in "${text.toString()}"`);
  text.delete(at, from.length);
  text.insert(at, to);
}

/** The ayat item `id` of a clause node, as a Y element (to insert into a client's ayat list). */
function ayatElement(clause: PMJSON, id: string): Y.XmlElement {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment('tmp');
  fragment.insert(0, [clauseElement(clause)]);
  for (const node of fragment.createTreeWalker((x) => x instanceof Y.XmlElement && x.nodeName === 'ayatItem'))
    if ((node as Y.XmlElement).getAttribute('id') === id) return (node as Y.XmlElement).clone();
  throw new Error(`no ayat ${id}`);
}

describe.skipIf(missing('soffice', ['python3-uno', hasUno]))('the redline in LibreOffice', () => {
  const { before, after } = redlineVersions();
  let h: HistoryHarness;
  let h2: HistoryHarness;

  /** The older sample with its metadata, set by the owner. */
  const seeded = () => {
    const harness = historyHarness(before.body);
    harness.edit('u-owner', (_body, doc) => {
      const meta = doc.getMap(YDOC.meta);
      for (const [key, value] of Object.entries(before.meta)) meta.set(key, value);
    });
    return harness;
  };

  /** A version of the text as it is now, as the versions API records one. */
  const version = (harness: HistoryHarness, label: string, userId: string) => {
    harness.attribution.flush('d1');
    return recordVersion(harness.db, harness.store.latestSeq('d1'), {
      documentId: 'd1',
      label,
      kind: 'manual',
      userId,
    });
  };

  /**
   * Writes `<prefix>redline.docx` between two versions of a harness's document, and the two
   * versions' own exports (`older.docx`, `newer.docx`) from the same records; returns the redline.
   */
  async function redlineFiles(
    harness: HistoryHarness,
    older: VersionRecord,
    newer: VersionRecord,
    prefix: string,
  ) {
    const point = (v: VersionRecord): DocumentPoint => ({
      ref: v.id,
      seq: v.seq,
      label: v.label,
      version: v,
      state: stateAt(harness.db, 'd1', v.seq),
    });
    const document = findDocument(harness.db, 'd1');
    if (!document) throw new Error('no document');
    const from = point(older);
    const to = point(newer);
    const { file } = await redlineDocx({ db: harness.db, word }, document, from, to);
    const records = printedRecords(harness.db, { ...document, kind: 'mou' });
    const exportOf = (state: DocumentPoint['state']) =>
      word.run('agreement', {
        content: { body: state.body, meta: state.meta },
        document: { kind: 'mou', status: 'draft' },
        parties: exportParties(records.parties),
        options: {},
        extra: { liaisons: records.liaisons },
      });
    writeFileSync(`${prefix}redline.docx`, file);
    writeFileSync(`${prefix}older.docx`, await exportOf(from.state));
    writeFileSync(`${prefix}newer.docx`, await exportOf(to.state));
    return file;
  }
  let dir: string;
  const word = new WordThread({ error: () => {} });
  const texts: Record<string, string> = {};
  let documentXml = '';
  let openingXml = '';
  let headerXml = '';
  let settingsXml = '';
  let redlines = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sepakat-redline-'));
    h = seeded();
    const older = version(h, 'Draf awal', 'u-owner');
    const newBlock = (id: string) => after.body.content?.find((n) => n.attrs?.id === id) as PMJSON;
    // Anisa (ORI): an ayat in Pasal 1, a new BAB II with a new Pasal 2, the closing's copies, the
    // first party's number.
    h.edit('u-a', (body) => {
      const list = clauseElements(body).get('maksud')?.el.get(1) as Y.XmlElement;
      list.insert(1, [ayatElement(newBlock('maksud'), 'mk9')]);
    });
    h.edit('u-a', (body) =>
      body.insert(3, [clauseElement(newBlock('bab-koordinasi')), clauseElement(newBlock('koordinasi'))]),
    );
    h.edit('u-a', (body) => retype(firstText(block(body, body.length - 1)), '2 (dua)', '4 (empat)'));
    h.edit('u-a', (_body, doc) => doc.getMap(YDOC.meta).set('number.p1', after.meta['number.p1']));
    // Budi (Pemkot): the Pasal on data exchange goes, the Pasal on implementation moves to the end,
    // the date and the second signatory change.
    h.edit('u-b', (body) => body.delete(6, 1));
    h.edit('u-b', (body) => {
      const moved = block(body, 6).clone();
      body.delete(6, 1);
      body.insert(body.length - 1, [moved]);
    });
    h.edit('u-b', (_body, doc) => {
      const meta = doc.getMap(YDOC.meta);
      meta.set('date', after.meta.date);
      meta.set('signatoryName.p2', after.meta['signatoryName.p2']);
    });
    const newer = version(h, '', 'u-b');
    // The edits made the intended newer version.
    // (As the schema reads it back: with every attribute's default, such as a block's suggestion.)
    expect(stateAt(h.db, 'd1', newer.seq).body).toEqual(agreementSchema().nodeFromJSON(after.body).toJSON());
    expect(stateAt(h.db, 'd1', newer.seq).meta).toMatchObject(after.meta);
    const file = await redlineFiles(h, older, newer, `${dir}/`);

    // A second document: one person retypes words of the opening while another changes the
    // date its blanks are filled with, in the same paragraph...
    h2 = seeded();
    const first = version(h2, '', 'u-owner');
    h2.edit('u-a', (body) => retype(firstText(block(body, 0)), 'kami yang', 'kami masing-masing yang'));
    h2.edit('u-b', (_body, doc) => doc.getMap(YDOC.meta).set('date', after.meta.date));
    // ...and the second signatory is no longer an elected official: a NIP line appears under the name.
    h2.edit('u-b', (_body, doc) =>
      doc.getMap(YDOC.meta).set('signatoryPosition.p2', 'Sekretaris Daerah Kota Bandung'),
    );
    const second = version(h2, '', 'u-b');
    openingXml = (await readDocx(await redlineFiles(h2, first, second, `${dir}/opening-`))).document;
    const xml = await readDocx(file);
    documentXml = xml.document;
    headerXml = xml.sections.map((s) => s.header).join('');
    settingsXml = (await (await JSZip.loadAsync(file)).file('word/settings.xml')?.async('string')) ?? '';

    const jobs = ['', 'opening-'].flatMap((prefix) =>
      [
        { in: 'older.docx', action: 'none', out: 'older.txt' },
        { in: 'newer.docx', action: 'none', out: 'newer.txt' },
        { in: 'redline.docx', action: 'accept', out: 'accept.txt' },
        { in: 'redline.docx', action: 'reject', out: 'reject.txt' },
      ].map((j) => ({
        ...j,
        action: j.action as RevisionJob['action'],
        in: join(dir, prefix + j.in),
        out: join(dir, prefix + j.out),
      })),
    );
    redlines = Math.max(...runRevisionJobs(dir, jobs));
    for (const j of jobs) texts[j.out.replace(/^.*\//, '').replace('.txt', '')] = normalisedText(j.out);
  }, 180_000);

  afterAll(async () => {
    await word.close();
    h?.cleanup();
    h2?.cleanup();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reads as the newer export after Accept All and as the older after Reject All', () => {
    expect(redlines).toBeGreaterThan(10);
    expect(texts.newer).not.toEqual(texts.older);
    expect(texts.accept).toEqual(texts.newer);
    expect(texts.reject).toEqual(texts.older);
  });

  it('tracks the opening when its words and the date it prints both changed, and a line the metadata adds', () => {
    expect(texts['opening-newer']).toContain('kami masing-masing yang');
    expect(texts['opening-newer']!.match(/NIP\./g)).toHaveLength(2);
    expect(texts['opening-older']!.match(/NIP\./g)).toHaveLength(1);
    expect(texts['opening-newer']).not.toEqual(texts['opening-older']);
    expect(texts['opening-accept']).toEqual(texts['opening-newer']);
    expect(texts['opening-reject']).toEqual(texts['opening-older']);
  });

  it('renumbers Pasal, ayat and references on the way', () => {
    // Older: Pertukaran Data is Pasal 3 and cited; newer: Koordinasi is Pasal 2, the moved
    // Pelaksanaan is Pasal 6, the citation of the removed Pasal is visibly broken.
    expect(texts.reject).toMatch(/Pasal 3\nPertukaran Data/);
    expect(texts.reject).toMatch(/BAB II\nKetentuan Lain/);
    expect(texts.accept).toMatch(/BAB II\nKoordinasi\nPasal 2\nKoordinasi/);
    expect(texts.accept).toMatch(/BAB III\nKetentuan Lain/);
    expect(texts.reject).toContain('sebagaimana dimaksud dalam Pasal 1 ayat (2).');
    expect(texts.reject).toContain('sebagaimana dimaksud dalam Pasal 3 dan Pasal 4 dibebankan');
    expect(texts.accept).toMatch(/Pasal 2\nKoordinasi/);
    expect(texts.accept).toContain('sebagaimana dimaksud dalam Pasal 1 ayat (3).');
    expect(texts.accept).toContain(
      'sebagaimana dimaksud dalam Pasal [rujukan hilang] dan Pasal 6 dibebankan',
    );
    expect(texts.accept).toMatch(/Pasal 6\nPelaksanaan/);
    expect(texts.accept).toContain('(2) Nota Kesepakatan ini juga menjadi dasar koordinasi PARA PIHAK.');
    expect(texts.accept).toContain('Jangka waktu sebagaimana dimaksud pada ayat (1) dapat diperpanjang.');
  });

  /** Authors of the w:ins (or w:del) of a document whose text matches. */
  const authorsIn = (xml: string, kind: 'ins' | 'del', text: RegExp) =>
    new Set(
      [
        ...xml.matchAll(
          new RegExp(`<w:${kind}\\b[^>]*w:author="([^"]+)"[^>]*>((?:(?!</w:${kind}>).)*)</w:${kind}>`, 'gs'),
        ),
      ]
        .filter((m) => text.test(m[2]!.replace(/<[^>]+>/g, '')))
        .map((m) => m[1]),
    );

  it("credits the opening's words to whoever typed them and its date to whoever changed the date", () => {
    expect(authorsIn(openingXml, 'ins', /masing-masing/)).toEqual(new Set([ANISA]));
    expect(authorsIn(openingXml, 'ins', /Kamis|Mei/)).toEqual(new Set([BUDI]));
    expect(authorsIn(openingXml, 'del', /Minggu|Maret/)).toEqual(new Set([BUDI]));
  });

  it('credits every change to the person who made it', () => {
    const authorsOf = (kind: 'ins' | 'del', text: RegExp) => authorsIn(documentXml, kind, text);
    expect(authorsOf('ins', /Nota Kesepakatan ini juga menjadi dasar koordinasi/)).toEqual(new Set([ANISA]));
    expect(authorsOf('ins', /rapat koordinasi/)).toEqual(new Set([ANISA]));
    expect(authorsOf('ins', /^[\s()]*(4|empat)[\s()]*$/)).toEqual(new Set([ANISA]));
    expect(authorsOf('ins', /014\/ORI-JBR\/V\/2024/)).toEqual(new Set([ANISA]));
    expect(authorsOf('del', /PARA PIHAK saling bertukar data pengaduan/)).toEqual(new Set([BUDI]));
    expect(authorsOf('del', /Kegiatan dilaksanakan oleh penghubung/)).toEqual(new Set([BUDI]));
    expect(authorsOf('ins', /Kegiatan dilaksanakan oleh penghubung/)).toEqual(new Set([BUDI]));
    expect(authorsOf('ins', /ABDUL ROKHIM/i)).toEqual(new Set([BUDI]));
    expect(authorsOf('ins', /Mei/)).toEqual(new Set([BUDI]));
    expect(authorsOf('del', /MUHAMMAD FARHAN/i)).toEqual(new Set([BUDI]));
    // Nobody else: every change of this history is Anisa's or Budi's.
    const all = [...documentXml.matchAll(/<w:(?:ins|del)\b[^>]*w:author="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(all)).toEqual(new Set([ANISA, BUDI]));
  });

  it('says which versions it compares and opens with Track Changes on', () => {
    expect(settingsXml).toMatch(/<w:trackRevisions\/>/);
    expect(headerXml).toMatch(
      /Perbandingan versi 1 “Draf awal” \(\d+ \w+ \d{4}\) dengan versi 2 \(\d+ \w+ \d{4}\)\. Setelah menerima atau menolak perubahan, perbarui nomor/,
    );
  });
});
