import { describe, expect, it } from 'vitest';
import { bytesText, countText } from './amounts.ts';

describe('amounts in both languages', () => {
  it('groups thousands as each language does', () => {
    expect(countText(1000)).toEqual(['1.000', '1,000']);
    expect(countText(12)).toEqual(['12', '12']);
  });

  it('names sizes in MiB, KiB or bytes', () => {
    expect(bytesText(10 * 1024 * 1024)).toEqual(['10 MiB', '10 MiB']);
    expect(bytesText(1.5 * 1024 * 1024)).toEqual(['1,5 MiB', '1.5 MiB']);
    expect(bytesText(64 * 1024)).toEqual(['64 KiB', '64 KiB']);
    expect(bytesText(100)).toEqual(['100 byte', '100 bytes']);
  });
});
