/**
 * A QR code as a small inline SVG: one path of dark modules on a white square that includes
 * the quiet zone, drawn in module units and scaled by the page, so it stays crisp at any size.
 */
import { encodeQR } from 'qr';

/** The quiet zone around the symbol, in modules (ISO/IEC 18004 asks for four). */
export const QR_QUIET_ZONE = 4;

/** The dark modules of a QR matrix (quiet zone included) as one path: a run of modules per rect. */
export function qrPath(matrix: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      parts.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
    }
  });
  return parts.join('');
}

/**
 * The QR code of `text`, labelled for screen readers with `label`; black on white whatever the
 * page's colours (a scanner needs the contrast), medium error correction.
 */
export function qrSvg(text: string, label: string): string {
  const matrix = encodeQR(text, 'raw', { ecc: 'medium', border: QR_QUIET_ZONE });
  const size = matrix.length;
  const escaped = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="qr-code" viewBox="0 0 ${size} ${size}" ` +
    `role="img" aria-label="${escaped}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/>` +
    `<path fill="#000" d="${qrPath(matrix)}"/></svg>`
  );
}
