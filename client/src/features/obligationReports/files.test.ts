import { describe, expect, it } from 'vitest';
import { fileProblems, sizeText } from './files.ts';

const limits = { fileBytes: 10 * 1024 * 1024, files: 2 };

describe('fileProblems', () => {
  it.each<[string, { name: string; size: number }[], ReturnType<typeof fileProblems>]>([
    [
      'accepted kinds within the limits',
      [
        { name: 'a.PDF', size: 10 },
        { name: 'b.jpeg', size: 10 },
      ],
      [],
    ],
    ['a program', [{ name: 'setup.exe', size: 10 }], [{ kind: 'type', name: 'setup.exe' }]],
    ['an old .doc', [{ name: 'notulen.doc', size: 10 }], [{ kind: 'type', name: 'notulen.doc' }]],
    ['too big', [{ name: 'scan.pdf', size: limits.fileBytes + 1 }], [{ kind: 'size', name: 'scan.pdf' }]],
    [
      'too many',
      [
        { name: 'a.png', size: 1 },
        { name: 'b.png', size: 1 },
        { name: 'c.png', size: 1 },
      ],
      [{ kind: 'count' }],
    ],
  ])('%s', (_, files, problems) => {
    expect(fileProblems(files, limits)).toEqual(problems);
  });
});

describe('sizeText', () => {
  it.each<[number, 'id' | 'en', string]>([
    [512, 'id', '512 B'],
    [850 * 1024, 'en', '850 KB'],
    [2.44 * 1024 * 1024, 'id', '2,4 MB'],
    [2.44 * 1024 * 1024, 'en', '2.4 MB'],
  ])('%d bytes in %s → %s', (bytes, language, text) => {
    expect(sizeText(bytes, language)).toBe(text);
  });
});
