import { crc32, deflateSync } from 'node:zlib';
import jpeg from 'jpeg-js';

/**
 * Images made to measure for the logo tests, true and false: a PNG of any stated size around
 * any pixel data (so its header can lie), and a real JPEG. Not used by the server.
 */

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** A PNG (RGBA, 8 bits) whose header says `width` × `height` and whose image data is `raw`, deflated. */
export function pngOf(width: number, height: number, raw: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bits per channel
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The image data of a `width` × `height` RGBA PNG: a filter byte and 4 bytes a pixel per row. */
export const pngRows = (width: number, height: number, fill = 0x80) => {
  const raw = Buffer.alloc(height * (1 + width * 4), fill);
  for (let y = 0; y < height; y++) raw[y * (1 + width * 4)] = 0; // filter "none"
  return raw;
};

/** A true PNG of the size given. */
export const truePng = (width: number, height: number) => pngOf(width, height, pngRows(width, height));

/** A true JPEG of the size given (grey). */
export function trueJpeg(width: number, height: number): Buffer {
  const data = Buffer.alloc(width * height * 4, 0x90);
  return Buffer.from(jpeg.encode({ data, width, height }, 85).data);
}
