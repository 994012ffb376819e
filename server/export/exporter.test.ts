import { afterAll, describe, expect, it } from 'vitest';
import type { PMJSON } from '../../shared/clauses.ts';
import { readDocx, textIn } from './docxXml.ts';
import { DocxExporter } from './exporter.ts';
import { largeBody, PARTIES, sampleBody } from './fixtures.ts';
import { exportJobs } from './jobs.ts';

const errors: unknown[] = [];
const exporter = new DocxExporter({ error: (obj) => errors.push(obj) });
afterAll(() => exporter.close());

const agreementJob = (pasal?: number) => ({
  content: { body: pasal ? largeBody(pasal) : sampleBody(), meta: { title: 'Uji Ekspor' } },
  document: { kind: 'mou' as const, status: 'draft' as const },
  parties: PARTIES,
  options: {},
});

/** The longest the event loop went without running a timer while `work` ran. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  try {
    await work();
  } finally {
    clearInterval(ticker);
  }
  return Math.max(longest, performance.now() - last);
}

describe('DocxExporter', () => {
  it('builds the agreement from the document as plain data on its thread', async () => {
    const file = await exporter.run('agreement', agreementJob());
    expect(Buffer.isBuffer(file)).toBe(true);
    const { document } = await readDocx(file);
    expect(textIn(document)).toContain('PIHAK PERTAMA');
  });

  it('keeps the event loop free while a large agreement is built', async () => {
    const job = agreementJob(200);
    await exporter.run('agreement', job); // the thread's code paths compiled, as in a running server
    await exportJobs.agreement(job);
    const inProcess = await longestStall(() => exportJobs.agreement(job));
    const onThread = await longestStall(() => exporter.run('agreement', job));
    // In process, the whole build is one stall (over half a second here); on the thread, the
    // loop only copies the document's JSON and the file. Relative, so that a busy machine does not fail it.
    expect(onThread).toBeLessThan(inProcess / 4);
  });

  it('fails a job with bad input and keeps serving the next', async () => {
    // What a bug upstream could hand over: no body at all.
    const broken = null as unknown as PMJSON;
    await expect(
      exporter.run('agreement', { ...agreementJob(), content: { body: broken, meta: {} } }),
    ).rejects.toThrow();
    const file = await exporter.run('agreement', agreementJob());
    expect(file.subarray(0, 2).toString()).toBe('PK');
    expect(errors).toEqual([]); // the job failed, not the thread
  });

  it('gives up on a job that outlasts its time, and stops that thread', async () => {
    const impatient = new DocxExporter({ error: () => {} }, 1);
    await expect(impatient.run('agreement', agreementJob())).rejects.toThrow(/timed out/);
    await impatient.close();
  });
});
