import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missing } from '../../../tests/support/tools.ts';
import { buildAgreementDocx } from './agreement.ts';
import { paragraphs, readDocx } from './docxXml.ts';
import { sampleInput } from './fixtures.ts';
import { hasUno, normalisedText, type RevisionJob, runRevisionJobs } from './libreOfficeRevisions.ts';
import { AUTHORS, suggestedBody } from './suggestionFixtures.ts';
import type { AgreementExportInput } from './types.ts';

/**
 * The tracked export as the other party uses it: LibreOffice opens it, accepts or rejects every
 * change (Accept All / Reject All through UNO, server/word/redline/libreoffice-accept.py), updates
 * the fields, and the result reads as the clean copy with every suggestion accepted, or rejected,
 * as our own export prints it: text, Pasal numbers, references, list numbers and formatting.
 */

describe.skipIf(missing('soffice', ['python3-uno', hasUno]))('the tracked export in LibreOffice', () => {
  let dir: string;
  const texts: Record<string, string> = {};
  const word: Record<string, string> = {};
  let redlines = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sepakat-suggestions-'));
    const write = async (name: string, suggestions: AgreementExportInput['suggestions']) =>
      writeFileSync(
        join(dir, name),
        await buildAgreementDocx(
          sampleInput({ body: suggestedBody(), suggestions, suggestionAuthors: AUTHORS }),
        ),
      );
    await write('tracked.docx', 'tracked');
    await write('accepted.docx', 'accepted');
    await write('rejected.docx', 'rejected');
    const jobs: RevisionJob[] = [
      { in: 'tracked.docx', action: 'accept', out: 'accept.txt' },
      { in: 'tracked.docx', action: 'reject', out: 'reject.txt' },
      { in: 'tracked.docx', action: 'accept', out: 'accept.docx' },
      { in: 'tracked.docx', action: 'reject', out: 'reject.docx' },
      { in: 'accepted.docx', action: 'none', out: 'accepted.txt' },
      { in: 'rejected.docx', action: 'none', out: 'rejected.txt' },
    ];
    const counts = runRevisionJobs(
      dir,
      jobs.map((j) => ({ ...j, in: join(dir, j.in), out: join(dir, j.out) })),
    );
    redlines = counts[0] ?? 0;
    for (const j of jobs) {
      const [name, ext] = j.out.split('.') as [string, string];
      if (ext === 'txt') texts[name] = normalisedText(join(dir, j.out));
      else word[name] = (await readDocx(readFileSync(join(dir, j.out)))).document;
    }
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reads as the clean copy with all accepted after Accept All, and all rejected after Reject All', () => {
    expect({ redlines: redlines > 5, differ: texts.accepted !== texts.rejected }).toEqual({
      redlines: true,
      differ: true,
    });
    expect([texts.accept, texts.reject]).toEqual([texts.accepted, texts.rejected]);
  });

  it('renumbers Pasal and references, and joins or keeps split paragraphs', () => {
    expect(texts.accept).toMatch(/Pasal 2\nKoordinasi\n/);
    expect(texts.accept).toContain('sebagaimana dimaksud dalam Pasal 3 dilaksanakan');
    expect(texts.accept).toContain('(3) dan mencegah maladministrasi.');
    expect(texts.accept).toContain('(4) PARA PIHAK melaporkan');
    expect(texts.accept).toContain('Laporan disusun bersama oleh PARA PIHAK setiap semester.');
    expect(texts.accept).toContain('Kegiatan dilaksanakan oleh penghubung.');
    expect(texts.reject).toMatch(/Pasal 3\nPertukaran Data\n/);
    expect(texts.reject).toContain('sebagaimana dimaksud dalam Pasal 2 dilaksanakan');
    expect(texts.reject).toContain(
      '(2) Tujuan Nota Kesepakatan ini adalah meningkatkan kualitas pelayanan publik dan mencegah maladministrasi.',
    );
    expect(texts.reject).toContain('Kegiatan dilaksanakan oleh penghubung.');
    expect(texts.reject).not.toContain('Koordinasi');
  });

  it('keeps the proposed formatting after Accept All and restores the old one after Reject All', () => {
    const formatOf = (xml: string | undefined) => {
      const paragraph = paragraphs(xml ?? '').find((p) => p.text.startsWith('Pelaksanaan kegiatan'));
      const run =
        /<w:r>(?:(?!<\/w:r>).)*?<w:rPr>((?:(?!<\/w:rPr>).)*)<\/w:rPr><w:t[^>]*>penghubung<\/w:t>/.exec(
          paragraph?.xml ?? '',
        );
      const rPr = run?.[1] ?? '';
      return {
        bold: /<w:b\/>|<w:b w:val="(true|1)"\/>/.test(rPr),
        italic: /<w:i\/>|<w:i w:val="(true|1)"\/>/.test(rPr),
      };
    };
    expect(formatOf(word.accept)).toEqual({ bold: true, italic: false });
    expect(formatOf(word.reject)).toEqual({ bold: false, italic: true });
  });
});
