// Reads a PNG the way a decoder does: signature, every chunk's CRC, the header, and the image
// data inflated to exactly one filter byte plus one row of pixels per line. A PNG that passes
// opens in any viewer.
import { crc32, inflateSync } from 'node:zlib';

export interface PngInfo {
  width: number;
  height: number;
  bytes: number;
}

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
/** Bytes per pixel by colour type, at 8 bits per channel. */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

export function decodePng(png: Buffer): PngInfo {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG: bad signature');
  let offset = 8;
  let header: Buffer | undefined;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.subarray(offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    const crc = png.readUInt32BE(offset + 8 + length);
    if (crc32(Buffer.concat([type, body])) !== crc) throw new Error(`bad CRC in ${type}`);
    if (type.toString() === 'IHDR') header = body;
    if (type.toString() === 'IDAT') data.push(body);
    offset += 12 + length;
    if (type.toString() === 'IEND') break;
  }
  if (!header) throw new Error('no IHDR chunk');
  const [width, height] = [header.readUInt32BE(0), header.readUInt32BE(4)];
  const [depth, colour] = [header[8] ?? 0, header[9] ?? 0];
  const channels = CHANNELS[colour];
  if (depth !== 8 || channels === undefined)
    throw new Error(`unexpected format ${depth}/${colour}`);
  const pixels = inflateSync(Buffer.concat(data));
  if (pixels.length !== height * (1 + width * channels))
    throw new Error(`image data is ${pixels.length} bytes, not ${height} rows of ${width} pixels`);
  return { width, height, bytes: png.length };
}
