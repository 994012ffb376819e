import { afterAll, describe, expect, it } from 'vitest';
import type { PMJSON } from '../../../shared/clauses.ts';
import { AppError } from '../../errors/index.ts';
import { readDocx, textIn } from '../export/docxXml.ts';
import { largeBody, PARTIES, sampleBody } from '../export/fixtures.ts';
import { wordJobs } from './jobs.ts';
import { WordThread } from './thread.ts';

const errors: unknown[] = [];
const word = new WordThread({ error: (obj) => errors.push(obj) });
afterAll(() => word.close());

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

// A thread starts by loading docx, mammoth and JSZip (about 1.5 s alone, several times that on a
// loaded machine): each test may take longer than the unit project's default.
describe('WordThread', { timeout: 60_000 }, () => {
  it('builds the agreement from the document as plain data on its thread', async () => {
    const file = await word.run('agreement', agreementJob());
    expect(Buffer.isBuffer(file)).toBe(true);
    const { document } = await readDocx(file);
    expect(textIn(document)).toContain('PIHAK PERTAMA');
  });

  it('keeps the event loop free while a large agreement is built', async () => {
    const job = agreementJob(200);
    await word.run('agreement', job); // the thread's code paths compiled, as in a running server
    await wordJobs.agreement(job);
    const inProcess = await longestStall(() => wordJobs.agreement(job));
    const onThread = await longestStall(() => word.run('agreement', job));
    // In process, the whole build is one stall (over half a second here); on the thread, the
    // loop only copies the document's JSON and the file. Relative, so that a busy machine does not fail it.
    expect(onThread).toBeLessThan(inProcess / 4);
  });

  it('fails a job with bad input and keeps serving the next', async () => {
    // What a bug upstream could hand over: no body at all.
    const broken = null as unknown as PMJSON;
    await expect(
      word.run('agreement', { ...agreementJob(), content: { body: broken, meta: {} } }),
    ).rejects.toThrow();
    const file = await word.run('agreement', agreementJob());
    expect(file.subarray(0, 2).toString()).toBe('PK');
    expect(errors).toEqual([]); // the job failed, not the thread
  });

  it('reads a Word draft back into the agreement schema on its thread', async () => {
    const file = await word.run('agreement', agreementJob());
    const { body, report } = await word.run('import', file, { kind: 'mou' });
    expect(body.type).toBe('doc');
    const json = JSON.stringify(body);
    expect(json).toContain('"type":"clause"');
    expect(json).toContain('Maksud Nota Kesepakatan ini adalah sebagai pedoman bagi PARA PIHAK.');
    expect(report.detected.kind).toBe('mou');
  });

  it('hands a bad file’s AppError back as an AppError, in both languages', async () => {
    const notWord = new TextEncoder().encode('bukan berkas Word / not a Word file');
    const err = await word.run('import', notWord, {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ id: 'import.not_docx', status: 415 });
    expect((err as AppError).messageEn).toMatch(/\w/);
    expect((err as AppError).message).not.toBe((err as AppError).messageEn);
  });

  it('gives up on a job that outlasts its time, and stops that thread', async () => {
    const impatient = new WordThread({ error: () => {} }, 1);
    await expect(impatient.run('agreement', agreementJob())).rejects.toThrow(/timed out/);
    await impatient.close();
  });
});
