import { describe, expect, it } from 'vitest';
import { resourceLimits } from '../../config.ts';
import { pngOf, pngRows, trueJpeg, truePng } from './imageFixtures.ts';
import { fitInto, imageInfo } from './images.ts';
import { checkLogo } from './logo.ts';

const limits = resourceLimits();
const refusal = (data: Uint8Array) => {
  try {
    checkLogo(data, limits);
  } catch (err) {
    return (err as { id: string }).id;
  }
  return 'accepted';
};

describe('checkLogo', () => {
  it('accepts true PNG and JPEG logos and reports their size', () => {
    expect(checkLogo(truePng(120, 60), limits)).toEqual({
      type: 'png',
      mime: 'image/png',
      width: 120,
      height: 60,
    });
    expect(checkLogo(trueJpeg(64, 32), limits)).toEqual({
      type: 'jpg',
      mime: 'image/jpeg',
      width: 64,
      height: 32,
    });
  });

  it('refuses sizes outside the limits from the header, before decoding', () => {
    expect(refusal(pngOf(0, 0, Buffer.alloc(0)))).toBe('logo.dimensions');
    expect(refusal(truePng(8, 200))).toBe('logo.dimensions');
    // 50,000 pixels a side would be 10 GB decoded: refused by its header alone.
    expect(refusal(pngOf(50_000, 50_000, Buffer.alloc(10)))).toBe('logo.dimensions');
  });

  it('refuses a PNG whose header lies about its size, either way', () => {
    expect(refusal(pngOf(100, 100, pngRows(20, 20)))).toBe('logo.unreadable');
    expect(refusal(pngOf(20, 20, pngRows(100, 100)))).toBe('logo.unreadable');
  });

  it('refuses a decompression bomb without inflating it', () => {
    // 64 × 64 pixels declared (16 KiB of pixel data); 64 MiB behind it, 64 KB compressed.
    const bomb = pngOf(64, 64, Buffer.alloc(64 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(128 * 1024);
    expect(refusal(bomb)).toBe('logo.unreadable');
  });

  it('refuses a truncated or damaged JPEG and what is neither PNG nor JPEG', () => {
    const jpg = trueJpeg(64, 64);
    expect(refusal(jpg.subarray(0, Math.floor(jpg.length * 0.6)))).toBe('logo.unreadable');
    const damaged = Buffer.from(jpg);
    damaged.fill(0x00, 200, 400);
    expect(refusal(damaged)).not.toBe('accepted');
    expect(refusal(Buffer.from('GIF89a\u0010\u0000\u0010\u0000'))).toBe('logo.unsupported');
    expect(refusal(Buffer.from('bukan gambar'))).toBe('logo.unsupported');
  });
});

describe('extents for the export', () => {
  it('has no size for a header that names none, so the logo is left out', () => {
    expect(imageInfo(pngOf(0, 0, Buffer.alloc(0)))).toBeNull();
    expect(imageInfo(pngOf(0, 50, Buffer.alloc(0)))).toBeNull();
    expect(imageInfo(truePng(10, 20))).toEqual({ type: 'png', width: 10, height: 20 });
  });

  it('always gives whole pixels within the box', () => {
    expect(fitInto({ width: 1000, height: 500 }, 120, 95)).toEqual({ width: 120, height: 60 });
    expect(fitInto({ width: 0, height: 0 }, 120, 95)).toEqual({ width: 120, height: 95 });
    expect(fitInto({ width: 4_294_967_295, height: 1 }, 120, 95)).toEqual({ width: 120, height: 1 });
    expect(fitInto({ width: Number.NaN, height: 5 }, 120, 95)).toEqual({ width: 120, height: 95 });
  });
});
