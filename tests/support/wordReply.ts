import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { resourceLimits } from '../../server/config.ts';
import { readReply } from '../../server/word/import/suggestionsReply.ts';
import type { ReplyParagraph, SuggestionImportReport } from '../../shared/api/suggestionImport.ts';
import { clauseNodes, outlineOf, type PMJSON } from '../../shared/clauses.ts';
import type { DemoSession } from './demo.ts';
import { buildDocument } from './factories.ts';

/**
 * The other party's Word for the Word reply import's tests: LibreOffice, driven through UNO by
 * `scripts/libreoffice-edit.py`, edits the round Sepakat sent (tracked or not) and saves .docx;
 * the helpers upload it, export the clean copies and read the suggestions back.
 */

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PYTHON = '/usr/bin/python3';
const EDIT = join(import.meta.dirname, '../../scripts/libreoffice-edit.py');
/** Whether Debian's python3 with the `uno` module is there to drive LibreOffice. */
export const pythonUno = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import uno']).status === 0;
/** A LibreOffice start, edit and save takes 10 s on an idle machine and several times that on a busy one. */
export const LIBREOFFICE_TIMEOUT = 240_000;

/** A new paragraph typed by an `after` edit: its text, or with its list numbering switched off (or back on). */
export type NewParagraph = string | { text: string; list: boolean; restart?: boolean };

/** One edit of scripts/libreoffice-edit.py (see its comment). */
export type Edit =
  | { find: string; replace: string }
  | { move: string; before: string }
  | { format: string; bold?: boolean; italic?: boolean; underline?: boolean }
  | { split: string }
  | { join: string }
  | { after: string; paragraphs: NewParagraph[] }
  | { remove: string; through?: string; back?: number };

/** The Pasal numbered `n` of a body. */
export const pasal = (body: PMJSON, n: number) => clauseNodes(body).get(outlineOf(body).clauses[n - 1]!.id)!;

/** The suggestion marks of a Pasal: [mark, text, party, user]. */
export function suggestionsIn(clause: PMJSON): [string, string, unknown, unknown][] {
  const out: [string, string, unknown, unknown][] = [];
  const walk = (n: PMJSON) => {
    for (const m of n.marks ?? [])
      if (m.type === 'insertion' || m.type === 'deletion')
        out.push([m.type, n.text ?? '', m.attrs?.party, m.attrs?.user]);
    n.content?.forEach(walk);
  };
  walk(clause);
  return out;
}

/**
 * The paragraphs of a .docx's Pasal as one reads them with every revision accepted (a
 * paragraph whose mark is deleted runs on into the next), "Pasal N" lines left out: Word
 * renumbers those fields on its own.
 */
export function pasalText(paragraphs: ReplyParagraph[]): string[] {
  const lines: string[] = [];
  let open = '';
  for (const p of paragraphs) {
    open += p.theirs;
    if (p.markDeleted) continue;
    lines.push(open.replace(/\s+/g, ' ').trim());
    open = '';
  }
  const first = lines.indexOf('Pasal 1');
  const end = lines.findIndex((l) => l.startsWith('Demikian'));
  return lines.slice(first, end).filter((l) => l && !/^Pasal \d+$/.test(l));
}

/** The helpers of a test file's demo server (see the module comment); its work folder goes after the file. */
export function wordReplyKit<U extends string>(demo: DemoSession<U>, owner: NoInfer<U>, replier: NoInfer<U>) {
  const { cookies } = demo;
  const work = mkdtempSync(join(tmpdir(), 'sepakat-reply-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** LibreOffice opens `file`, makes `edits` (tracked by Budi Santoso, or silently) and saves .docx. */
  function editInLibreOffice(file: Buffer, edits: Edit[], track: boolean): Buffer {
    const name = `${Math.random().toString(36).slice(2)}`;
    const source = join(work, `${name}.docx`);
    const target = join(work, `${name}-reply.docx`);
    const spec = join(work, `${name}.json`);
    writeFileSync(source, file);
    writeFileSync(spec, JSON.stringify({ author: 'Budi Santoso', track, edits }));
    const run = spawnSync(PYTHON, [EDIT, source, target, spec], { encoding: 'utf8', timeout: 120_000 });
    if (run.status !== 0) throw new Error(`libreoffice-edit: ${run.status} ${run.stderr}`);
    return readFileSync(target);
  }

  async function upload(documentId: string, who: U, file: Buffer | null, fields: Record<string, string>) {
    const form = new FormData();
    if (file) form.append('file', new Blob([new Uint8Array(file)], { type: DOCX }), 'tanggapan.docx');
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    const res = await fetch(`${demo.server.url}/api/documents/${documentId}/suggestions/import`, {
      method: 'POST',
      headers: { cookie: cookies[who] },
      body: form,
    });
    return { status: res.status, body: await res.json() };
  }

  async function exportDocx(documentId: string, suggestions?: 'accepted' | 'rejected'): Promise<Buffer> {
    const query = suggestions ? `?suggestions=${suggestions}` : '';
    const res = await fetch(`${demo.server.url}/api/documents/${documentId}/export.docx${query}`, {
      headers: { cookie: cookies[owner] },
    });
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  }

  /** A fresh MoU from the template, a version of it (the round sent), its export and the clauses by Pasal number. */
  async function roundSent() {
    const document = await buildDocument(demo.server, cookies[owner], demo.coop.id, { kind: 'mou' });
    const client = await demo.open(document.id, owner);
    const version = await demo.server.api(`/api/documents/${document.id}/versions`, {
      cookie: cookies[owner],
      body: { label: 'Putaran 1' },
    });
    expect(version.status).toBe(201);
    const file = await exportDocx(document.id);
    // Each edit finds its text once in the whole file, or LibreOffice's first match is elsewhere.
    const printed = (await readReply(file, resourceLimits())).map((p) => p.theirs).join('\n');
    const once = (s: string) => {
      expect(printed.split(s).length - 1, s).toBe(1);
      return s;
    };
    return { id: document.id, client, versionId: version.body.version.id as string, file, once };
  }

  /** The body of the round sent, as the version holds it. */
  async function sentBody(documentId: string, versionId: string): Promise<PMJSON> {
    const res = await demo.server.api(`/api/documents/${documentId}/versions/${versionId}`, {
      cookie: cookies[owner],
    });
    expect(res.status).toBe(200);
    return res.body.body as PMJSON;
  }

  /** The replying user and their party. */
  async function replierIds() {
    const me = (await demo.server.api('/api/me', { cookie: cookies[replier] })).body.user;
    const member = demo.coop.members.find((m) => m.userId === me.id)!;
    return { userId: me.id as string, partyId: member.partyId };
  }

  /** Accept All of the live document's export read as the Word file reads, Reject All as the round sent. */
  async function expectCleanCopies(documentId: string, sent: Buffer, reply: Buffer) {
    const limits = resourceLimits();
    const accepted = pasalText(await readReply(await exportDocx(documentId, 'accepted'), limits));
    expect(accepted).toEqual(pasalText(await readReply(reply, limits)));
    const rejected = pasalText(await readReply(await exportDocx(documentId, 'rejected'), limits));
    expect(rejected).toEqual(pasalText(await readReply(sent, limits)));
  }

  /** A round sent, edited in LibreOffice (`edits` of the text it printed), imported by the replier: the report and all. */
  async function replyTo(edits: (once: (s: string) => string) => Edit[], track: boolean) {
    const round = await roundSent();
    const reply = editInLibreOffice(round.file, edits(round.once), track);
    const res = await upload(round.id, replier, reply, { baseVersionId: round.versionId });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return { ...round, reply, report: res.body as SuggestionImportReport };
  }

  return {
    editInLibreOffice,
    upload,
    exportDocx,
    roundSent,
    replyTo,
    sentBody,
    replierIds,
    expectCleanCopies,
  };
}
