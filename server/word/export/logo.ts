import { inflateSync } from 'node:zlib';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import type { ResourceLimits } from '../../config.ts';
import { AppError, logoErrors } from '../../errors/index.ts';
import { type ImageInfo, imageInfo } from './images.ts';

/** The logo limits (see `resourceLimits` in server/config.ts). */
export type LogoLimits = Pick<ResourceLimits, 'logoMinSide' | 'logoMaxSide'>;

/** A logo as it may be stored: a PNG or a JPEG whose whole picture was decoded. */
export interface CheckedLogo extends ImageInfo {
  type: 'png' | 'jpg';
  mime: 'image/png' | 'image/jpeg';
}

/**
 * Decodes a logo completely before it is stored, so that what the export prints is a picture
 * of the size its header states. The size is checked from the header first, so decoding never
 * costs more than `logoMaxSide`² pixels; a PNG's pixel data is inflated against the exact
 * number of bytes its header implies (a few bytes that inflate to gigabytes stop there). Throws
 * `logo.unsupported`, `logo.dimensions` or `logo.unreadable`. Pure JS and CPU-bound (a
 * 2,048-pixel JPEG takes a second or more): it runs on the Word thread.
 */
export function checkLogo(data: Uint8Array, limits: LogoLimits): CheckedLogo {
  const header = imageInfo(data);
  const claimed = header ?? rawSize(data);
  if (!claimed || (claimed.type !== 'png' && claimed.type !== 'jpg')) throw logoErrors.unsupported();
  const { width, height } = claimed;
  const within = (side: number) => side >= limits.logoMinSide && side <= limits.logoMaxSide;
  if (!within(width) || !within(height)) throw logoErrors.dimensions(limits, width, height);
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let decoded: { width: number; height: number };
  try {
    if (claimed.type === 'png') {
      checkPngData(buffer, width, height);
      decoded = PNG.sync.read(buffer, { checkCRC: true });
    } else {
      const megapixels = (limits.logoMaxSide * limits.logoMaxSide) / 1e6;
      decoded = jpeg.decode(buffer, {
        tolerantDecoding: false,
        maxResolutionInMP: megapixels,
        maxMemoryUsageInMB: Math.ceil(megapixels * 4 * 2) + 16,
        formatAsRGBA: true,
      });
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw logoErrors.unreadable();
  }
  if (decoded.width !== width || decoded.height !== height) throw logoErrors.unreadable();
  return claimed.type === 'png'
    ? { type: 'png', mime: 'image/png', width, height }
    : { type: 'jpg', mime: 'image/jpeg', width, height };
}

/** The header's size even when it is 0 (imageInfo has no size for such a header). */
function rawSize(data: Uint8Array): ImageInfo | null {
  const b = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (b.length > 24 && b.readUInt32BE(0) === 0x89504e47) {
    return { type: 'png', width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  }
  return null;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
/** Adam7's passes: first column and row, then the step across and down. */
const ADAM7: [number, number, number, number][] = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
];

/**
 * Inflates a PNG's image data against the number of bytes its header implies and requires
 * exactly that many: fewer is a header that lies about the size, more is padding or a bomb
 * (pngjs would inflate all of it, and then draw the missing rows as if they were there).
 */
function checkPngData(b: Buffer, width: number, height: number): void {
  const bitDepth = b[24];
  const colorType = b[25];
  const interlace = b[28];
  if (bitDepth === undefined || colorType === undefined || interlace === undefined) {
    throw logoErrors.unreadable();
  }
  const channels = CHANNELS[colorType];
  if (!channels || ![1, 2, 4, 8, 16].includes(bitDepth) || interlace > 1) throw logoErrors.unreadable();
  const bits = channels * bitDepth;
  const bytesOf = (w: number, h: number) => (w > 0 && h > 0 ? h * (1 + Math.ceil((w * bits) / 8)) : 0);
  const expected =
    interlace === 0
      ? bytesOf(width, height)
      : ADAM7.reduce(
          (sum, [x0, y0, dx, dy]) =>
            sum + bytesOf(Math.ceil((width - x0) / dx), Math.ceil((height - y0) / dy)),
          0,
        );
  const idat: Buffer[] = [];
  for (let at = 8; at + 8 <= b.length; ) {
    const length = b.readUInt32BE(at);
    const type = b.toString('latin1', at + 4, at + 8);
    if (at + 12 + length > b.length) throw logoErrors.unreadable();
    if (type === 'IDAT') idat.push(b.subarray(at + 8, at + 8 + length));
    if (type === 'IEND') break;
    at += 12 + length;
  }
  let pixels: Buffer;
  try {
    pixels = inflateSync(Buffer.concat(idat), { maxOutputLength: expected + 1 });
  } catch {
    throw logoErrors.unreadable();
  }
  if (pixels.length !== expected) throw logoErrors.unreadable();
}
