/**
 * Just enough image sniffing to place a party's logo: its type for the docx library and its
 * pixel size, so the logo keeps its proportions when scaled to the title block.
 */

export type LogoType = 'png' | 'jpg' | 'gif' | 'bmp';

export interface ImageInfo {
  type: LogoType;
  width: number;
  height: number;
}

/**
 * Reads type and size from the image's own header; null when it is not a supported image or
 * its header names no drawable size (a side of 0 pixels, or negative). A header is what its
 * maker wrote: a logo stored before uploads were decoded may claim anything, and the export
 * must not compute a picture's extents from nothing (0×0 made them `NaN`, and Word refuses the
 * file). Uploads are decoded and bounded (server/word/export/logo.ts).
 */
export function imageInfo(data: Uint8Array): ImageInfo | null {
  const info = headerInfo(data);
  if (!info || !(info.width >= 1 && info.height >= 1)) return null;
  return info;
}

function headerInfo(data: Uint8Array): ImageInfo | null {
  const b = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (b.length > 24 && b.readUInt32BE(0) === 0x89504e47) {
    return { type: 'png', width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  }
  if (b.length > 10 && b.toString('ascii', 0, 3) === 'GIF') {
    return { type: 'gif', width: b.readUInt16LE(6), height: b.readUInt16LE(8) };
  }
  if (b.length > 26 && b.toString('ascii', 0, 2) === 'BM') {
    return { type: 'bmp', width: b.readInt32LE(18), height: Math.abs(b.readInt32LE(22)) };
  }
  if (b.length > 4 && b[0] === 0xff && b[1] === 0xd8) return jpegInfo(b);
  return null;
}

function jpegInfo(b: Buffer): ImageInfo | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    const length = b.readUInt16BE(i + 2);
    // SOF0..SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { type: 'jpg', height: b.readUInt16BE(i + 5), width: b.readUInt16BE(i + 7) };
    }
    i += 2 + length;
  }
  return null;
}

/**
 * Scales (width, height) to fit a box, keeping proportions. Always whole pixels of at least 1
 * and at most the box, whatever the size given (a size that is no number gets the whole box).
 */
export function fitInto(info: Pick<ImageInfo, 'width' | 'height'>, maxWidth: number, maxHeight: number) {
  const scale = Math.min(maxWidth / info.width, maxHeight / info.height);
  const side = (value: number, max: number) =>
    Number.isFinite(value) ? Math.min(max, Math.max(1, Math.round(value))) : max;
  return { width: side(info.width * scale, maxWidth), height: side(info.height * scale, maxHeight) };
}
