import { describe, expect, it } from 'vitest';
import { exportDefaults, exportFileName } from './fromDocument.ts';

describe('exportDefaults', () => {
  it('reads the layout a cooperation keeps in settings.export, ignoring what does not fit', () => {
    expect(
      exportDefaults({
        export: { paper: 'a4', font: 'arial', lineSpacing: 1.15, margins: { left: 2.5, top: 'x' } },
      }),
    ).toEqual({
      paper: 'a4',
      font: 'arial',
      lineSpacing: 1.15,
      margins: { top: undefined, bottom: undefined, left: 2.5, right: undefined },
    });
    expect(exportDefaults({ export: { paper: 'letter', lineSpacing: 9 } })).toEqual({});
    expect(exportDefaults({})).toEqual({});
    expect(exportDefaults(null)).toEqual({});
  });
});

describe('exportFileName', () => {
  it('makes a safe .docx name from the title', () => {
    expect(exportFileName('Nota Kesepakatan: Pelayanan Publik (Draf)', 'x')).toBe(
      'Nota-Kesepakatan-Pelayanan-Publik-Draf.docx',
    );
    expect(exportFileName('  ', 'Perjanjian Kerja Sama')).toBe('Perjanjian-Kerja-Sama.docx');
    expect(exportFileName('"/\\', '')).toBe('dokumen.docx');
  });
});
