import sharp from "sharp";

// Real images for upload tests, drawn in memory: a two-colour picture of the given size and format.
export async function buildImage(format: "png" | "jpeg" | "webp", width = 300, height = 200): Promise<Buffer> {
  const left = await sharp({ create: { width: Math.ceil(width / 2), height, channels: 3, background: "#0b5fff" } })
    .png()
    .toBuffer();
  return sharp({ create: { width, height, channels: 4, background: { r: 255, g: 190, b: 0, alpha: 1 } } })
    .composite([{ input: left, left: 0, top: 0 }])
    .toFormat(format)
    .toBuffer();
}
