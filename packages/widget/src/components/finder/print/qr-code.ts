/** A QR code as one SVG path of its dark modules, on a grid of `size` × `size` units. */
export interface QrCode {
  text: string;
  size: number;
  path: string;
}

/**
 * Builds the QR code for `text` from qrcode's module matrix. An SVG path rather than qrcode's
 * canvas or data-URL output: host pages' strict CSPs allow neither `data:` images nor inline
 * styles, and a path prints sharply at any size. qrcode is loaded only when asked for (printing).
 */
export async function qrCode(text: string): Promise<QrCode> {
  const { create } = await import("qrcode");
  const { modules } = create(text, { errorCorrectionLevel: "M" });
  let path = "";
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) path += `M${col} ${row}h1v1h-1z`;
    }
  }
  return { text, size: modules.size, path };
}
