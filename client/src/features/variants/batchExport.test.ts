import { describe, expect, it } from 'vitest';
import { ndjsonLines } from './batchExport.ts';

/** A body that arrives in the given chunks. */
const body = (chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const c of chunks) controller.enqueue(new TextEncoder().encode(c));
      controller.close();
    },
  });

describe('the batch export progress', () => {
  it('reads whole lines across chunk boundaries, multi-byte letters split included', async () => {
    const unit = 'Dinas Pariwisata — Bagian É';
    const line = JSON.stringify({ type: 'progress', done: 1, total: 2, unit });
    const bytes = new TextEncoder().encode(`${line}\n{"type":"file"}`);
    // Cut in the middle of the multi-byte dash.
    const cut = new TextEncoder().encode(line.slice(0, line.indexOf('—'))).length + 1;
    const raw = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, cut));
        controller.enqueue(bytes.slice(cut));
        controller.close();
      },
    });
    const read: string[] = [];
    for await (const l of ndjsonLines(raw)) read.push(l);
    expect(read).toEqual([line, '{"type":"file"}']);
    const many: string[] = [];
    for await (const l of ndjsonLines(body(['a\nb', '\n', 'c\n']))) many.push(l);
    expect(many).toEqual(['a', 'b', 'c']);
  });
});
