import { PNG } from 'pngjs';

/**
 * A real PNG of `side` × `side` pixels in one grey (`shade`), for logo uploads: large enough
 * for the server's smallest logo (16 px), small enough to be quick.
 */
export function testPng(side = 32, shade = 96): Buffer {
  const image = new PNG({ width: side, height: side });
  for (let i = 0; i < image.data.length; i += 4) {
    image.data[i] = image.data[i + 1] = image.data[i + 2] = shade;
    image.data[i + 3] = 255;
  }
  return PNG.sync.write(image);
}
