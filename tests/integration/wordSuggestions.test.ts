import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { waitFor } from '../../server/collab/testing.ts';
import { paragraphs } from '../../server/word/export/docxXml.ts';
import { YDOC } from '../../shared/protocol.ts';
import { bodyOf } from '../support/bodyEdits.ts';
import { demoSession } from '../support/demo.ts';
import { buildDocument } from '../support/factories.ts';

// Party 1: ombudsman (owner), asisten (editor). Party 2: pemkot (editor).
const demo = demoSession(['ombudsman', 'asisten', 'pemkot']);
const { cookies, open } = demo;
type Who = keyof typeof cookies;

const memberOf = (who: Who) => {
  const m = demo.coop.members.find((x) => x.username === who);
  if (!m) throw new Error(`no demo member ${who}`);
  return m;
};
/** "Name (Party)": how a member's suggestions are credited in Word. */
const authorOf = (who: Who) => {
  const m = memberOf(who);
  return `${m.displayName} (${demo.coop.parties.find((p) => p.id === m.partyId)?.shortName})`;
};
/** A stamp in `who`'s name, made now (with milliseconds, as the browser makes it). */
const stampOf = (who: Who, id: string) => ({
  id,
  party: memberOf(who).partyId,
  user: memberOf(who).userId,
  ts: new Date().toISOString(),
});

/** The first paragraph's text of the `index`th Pasal in a client's Y.Doc. */
function paragraphText(doc: Y.Doc, index: number): Y.XmlText {
  const clauses = doc
    .getXmlFragment(YDOC.body)
    .toArray()
    .filter((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.nodeName === 'clause');
  for (const el of clauses[index]?.createTreeWalker(
    (x) => x instanceof Y.XmlElement && x.nodeName === 'paragraph',
  ) ?? [])
    if ((el as Y.XmlElement).get(0) instanceof Y.XmlText) return (el as Y.XmlElement).get(0) as Y.XmlText;
  throw new Error(`no paragraph in Pasal ${index + 1}`);
}

/** A Word export as `who` downloads it: its body, its settings and its file name. */
async function download(documentId: string, who: Who, query = '') {
  const res = await fetch(`${demo.server.url}/api/documents/${documentId}/export.docx${query}`, {
    headers: { cookie: cookies[who] },
  });
  expect(res.status, query).toBe(200);
  const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  return {
    document: await read('word/document.xml'),
    settings: await read('word/settings.xml'),
    name: res.headers.get('content-disposition') ?? '',
  };
}

const plain = (text: Y.XmlText) =>
  (text.toDelta() as { insert: unknown }[])
    .map((d) => (typeof d.insert === 'string' ? d.insert : ''))
    .join('');
/** Every w:ins and w:del of a body: its author, date and text. */
const changesIn = (xml: string) =>
  [...xml.matchAll(/<w:(ins|del) w:id="\d+" w:author="([^"]*)" w:date="([^"]*)">([\s\S]*?)<\/w:\1>/g)].map(
    (m) => ({
      kind: m[1],
      author: m[2],
      date: m[3],
      text: [...(m[4] ?? '').matchAll(/<w:(?:t|delText)(?:\s[^>]*)?>([^<]*)</g)].map((t) => t[1]).join(''),
    }),
  );

const textOf = (xml: string) =>
  paragraphs(xml.replace(/w:delText/g, 'w:t'))
    .map((p) => p.text)
    .join('\n');

describe('the Word export of a draft with suggestions, through the real server', () => {
  it('prints each party’s suggestions as tracked changes by "Name (Party)", and the clean copies on request', async () => {
    const document = await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, { kind: 'mou' });
    const a = await open(document.id, 'asisten');
    const b = await open(document.id, 'pemkot');
    const inserted = stampOf('asisten', 'sWordIns1');
    const deleted = stampOf('pemkot', 'sWordDel1');
    const first = paragraphText(a.doc, 0);
    first.insert(first.length, ' serta pihak terkait', { insertion: inserted });
    const second = paragraphText(b.doc, 1);
    const original = plain(second);
    const gone = original.slice(0, 12);
    second.format(0, 12, { deletion: deleted });
    // Both reach the server (and each other) before the export reads the live document.
    const marked = (doc: Y.Doc, mark: string) => JSON.stringify(bodyOf(doc)).includes(`"type":"${mark}"`);
    await waitFor(() => marked(a.doc, 'deletion') && marked(b.doc, 'insertion'), 'suggestions synced');
    const pending = async () =>
      (await demo.server.api(`/api/documents/${document.id}`, { cookie: cookies.pemkot })).body.document
        .pendingByClause as Record<string, number>;
    await waitFor(
      async () => Object.values(await pending()).reduce((x, y) => x + y, 0) === 2,
      'on the server',
    );

    const tracked = await download(document.id, 'pemkot');
    const wordDate = (ts: string) => ts.replace(/\.\d+Z$/, 'Z');
    expect(changesIn(tracked.document)).toEqual([
      { kind: 'ins', author: authorOf('asisten'), date: wordDate(inserted.ts), text: ' serta pihak terkait' },
      { kind: 'del', author: authorOf('pemkot'), date: wordDate(deleted.ts), text: gone },
    ]);
    const ids = [...tracked.document.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    expect(tracked.settings).toMatch(/<w:trackRevisions\/>/);
    expect(changesIn((await download(document.id, 'pemkot', '?suggestions=tracked')).document)).toHaveLength(
      2,
    );

    const accepted = await download(document.id, 'asisten', '?suggestions=accepted');
    const rejected = await download(document.id, 'asisten', '?suggestions=rejected');
    for (const copy of [accepted, rejected]) {
      expect(copy.document).not.toMatch(/<w:(ins|del)\b/);
      expect(copy.settings).not.toMatch(/trackRevisions/);
    }
    expect(textOf(accepted.document)).toContain(' serta pihak terkait');
    expect(textOf(rejected.document)).not.toContain(' serta pihak terkait');
    expect(textOf(rejected.document)).toContain(original);
    expect(textOf(accepted.document)).not.toContain(original);
    expect(textOf(accepted.document)).toContain(original.slice(12));
    expect(accepted.name).toMatch(/usulan-diterima\.docx/);
    expect(rejected.name).toMatch(/usulan-ditolak\.docx/);
    expect(tracked.name).not.toMatch(/usulan/);
  }, 60_000);

  it('refuses an unknown way of printing suggestions', async () => {
    const document = await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, { kind: 'mou' });
    const res = await demo.server.api(`/api/documents/${document.id}/export.docx?suggestions=semua`, {
      cookie: cookies.pemkot,
    });
    expect(res.status).toBe(400);
  });
});
