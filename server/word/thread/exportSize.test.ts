import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../collab/convert.ts';
import { largeBody } from '../export/fixtures.ts';
import { checkExportSize, documentSize, fitsExport } from './exportSize.ts';

describe('export size', () => {
  const body = largeBody(30); // 30 Pasal, 3 BAB

  it('counts Pasal and paragraphs of a body', () => {
    const size = documentSize(body);
    expect(size.pasal).toBe(30);
    expect(size.paragraphs).toBeGreaterThan(60);
  });

  it('refuses a body over either limit with export.too_large, naming both limits', () => {
    const { paragraphs } = documentSize(body);
    expect(() => checkExportSize(body, { exportPasal: 30, exportParagraphs: paragraphs })).not.toThrow();
    expect(() => checkExportSize(body, { exportPasal: 29, exportParagraphs: 10_000 })).toThrow(
      expect.objectContaining({ id: 'export.too_large', status: 422 }),
    );
    expect(() => checkExportSize(body, { exportPasal: 5000, exportParagraphs: paragraphs - 1 })).toThrow(
      /paling banyak 5\.000 Pasal/,
    );
  });

  it('tells from the live document, without its JSON, whether its Pasal fit', () => {
    const doc = buildDocument(body, {});
    expect(fitsExport(doc, { exportPasal: 30, exportParagraphs: 1 })).toBe(true);
    expect(fitsExport(doc, { exportPasal: 29, exportParagraphs: 1 })).toBe(false);
  });
});
