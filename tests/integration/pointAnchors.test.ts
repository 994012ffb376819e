// A point raised on selected words is highlighted in the text for everyone, whoever raised it:
// the server marks the range (a commenter's own document updates are dropped), and the range is
// sent as Yjs relative positions, so that words typed meanwhile elsewhere do not shift it.
import { initProseMirrorDoc } from '@tiptap/y-tiptap';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { TestClient } from '../../server/collab/testing.ts';
import type { PMJSON } from '../../shared/clauses.ts';
import { YDOC } from '../../shared/protocol.ts';
import { type AnchorRange, agreementSchema, anchorRangeOf, MARK } from '../../shared/schema/index.ts';
import { bodyOf, editBody } from '../support/bodyEdits.ts';
import { clientsPerTest } from '../support/clients.ts';
import { buildMeetingWorld } from '../support/meetings.ts';
import { withServer } from '../support/withServer.ts';

const ctx = withServer(buildMeetingWorld);
const openClient = clientsPerTest(() => ctx.server);

/** A synced stock y-websocket client on the world's MoU, destroyed after the test. */
const open = (cookie: string): Promise<TestClient> => openClient(ctx.world.mou.id, cookie);

/** The first occurrence of `words` in clause `clauseId`, as the editor would select it: relative positions, base64. */
function select(doc: Y.Doc, clauseId: string, words: string): AnchorRange {
  const fragment = doc.getXmlFragment(YDOC.body);
  const { doc: pm, meta } = initProseMirrorDoc(fragment, agreementSchema());
  let found: number | null = null;
  pm.descendants((node, pos) => {
    if (found !== null) return false;
    if (node.type.name === 'clause' && node.attrs.id !== clauseId) return false;
    const at = node.isText ? (node.text ?? '').indexOf(words) : -1;
    if (at >= 0) found = pos + at;
    return true;
  });
  if (found === null) throw new Error(`"${words}" is not in clause ${clauseId}`);
  const range = anchorRangeOf(pm, meta.mapping, found, found + words.length);
  if (!range) throw new Error('no range');
  return range;
}

/** The text carrying the anchor of `pointId`, in document order. */
function anchoredText(body: PMJSON, pointId: string): string {
  let out = '';
  const walk = (n: PMJSON) => {
    if (
      n.type === 'text' &&
      n.marks?.some((m) => m.type === MARK.pointAnchor && m.attrs?.pointId === pointId)
    ) {
      out += n.text;
    }
    for (const c of n.content ?? []) walk(c);
  };
  walk(body);
  return out;
}

/** The words of a clause's first paragraph, to select some of them. */
function firstWords(body: PMJSON, clauseId: string, count: number): string {
  const clause = body.content?.find((n) => n.type === 'clause' && n.attrs?.id === clauseId);
  let text = '';
  const walk = (n: PMJSON) => {
    if (text) return;
    if (n.type === 'paragraph') text = (n.content ?? []).map((c) => c.text ?? '').join('');
    for (const c of n.content ?? []) walk(c);
  };
  if (clause) walk(clause);
  const words = text.split(' ').slice(0, count).join(' ');
  if (!words) throw new Error(`clause ${clauseId} has no paragraph text`);
  return words;
}

const raise = (body: Record<string, unknown>, cookie = ctx.world.commenter.cookie) =>
  ctx.server.api(`/api/cooperations/${ctx.world.coop.id}/points`, {
    cookie,
    body: { documentId: ctx.world.mou.id, text: 'Perlu dibahas.', ...body },
  });

describe('anchoring a point to the selected words', () => {
  it("marks a commenter's selection for everyone, on the same words after an editor typed before them", async () => {
    const commenter = await open(ctx.world.commenter.cookie);
    const editor = await open(ctx.world.editor.cookie);
    const clauseId = ctx.world.clauses[1]!.id;
    const words = firstWords(bodyOf(commenter.doc), clauseId, 3);
    const range = select(commenter.doc, clauseId, words);

    // Before the point is raised, the editor types at the start of that paragraph.
    editBody(editor.doc, (body) => {
      const clause = body.content!.find((n) => n.attrs?.id === clauseId)!;
      const paragraph = clause.content!.find((n) => n.type === 'paragraph')!;
      paragraph.content![0]!.text = `Sisipan baru. ${paragraph.content![0]!.text}`;
      return body;
    });
    await vi.waitFor(() => expect(bodyOf(commenter.doc)).toEqual(bodyOf(editor.doc)), { timeout: 10_000 });

    const res = await raise({ clauseId, anchorRange: range, quote: words });
    expect(res.status).toBe(201);
    const point = res.body.point;
    expect(point.anchor).toBe(point.id);
    // Every client, the editor's and the commenter's, sees exactly the selected words marked.
    for (const client of [editor, commenter]) {
      await vi.waitFor(() => expect(anchoredText(bodyOf(client.doc), point.id)).toBe(words), {
        timeout: 10_000,
      });
    }
  });

  it('records the point without a highlight when the words are gone or the positions are not of this document', async () => {
    const editor = await open(ctx.world.editor.cookie);
    const clauseId = ctx.world.clauses[2]!.id;
    const words = firstWords(bodyOf(editor.doc), clauseId, 2);
    const range = select(editor.doc, clauseId, words);
    editBody(editor.doc, (body) => {
      const cut = (n: PMJSON) => {
        if (n.type === 'text' && n.text?.includes(words)) n.text = n.text.replace(words, '') || ' ';
        for (const c of n.content ?? []) cut(c);
      };
      cut(body.content!.find((n) => n.attrs?.id === clauseId)!);
      return body;
    });
    await vi.waitFor(async () => {
      const doc = await ctx.server.api(`/api/documents/${ctx.world.mou.id}`, {
        cookie: ctx.world.owner.cookie,
      });
      expect(JSON.stringify(doc.body.document.body ?? doc.body)).not.toContain(words);
    });
    const deleted = await raise({ clauseId, anchorRange: range });
    expect(deleted.status).toBe(201);
    expect(deleted.body.point.anchor).toBeNull();

    const foreign = new Y.Doc();
    foreign.getXmlFragment(YDOC.body).insert(0, [new Y.XmlText('lain')]);
    const elsewhere = Buffer.from(
      Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(foreign.getXmlFragment(YDOC.body), 0)),
    ).toString('base64');
    const stranger = await raise({ anchorRange: { from: elsewhere, to: 'AAAA' } });
    expect(stranger.status).toBe(201);
    expect(stranger.body.point.anchor).toBeNull();
  });

  it('refuses positions that are not base64, in both languages', async () => {
    const res = await raise({ anchorRange: { from: 'not base64!', to: 'AA==' } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBeTruthy();
    expect(res.body.error.messageEn).toBeTruthy();
  });
});
