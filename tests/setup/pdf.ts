// Tiny, real PDF files built byte by byte for the CV tests: one page, a correct cross-reference table,
// and optionally an /Encrypt entry in the trailer or a cross-reference stream instead of the table.

type PdfOptions = {
  version?: string;
  /** Bytes before the header (the specification lets readers find it within the first 1024). */
  preamble?: string;
  /** Adds `/Encrypt 4 0 R` to the trailer dictionary, as an encrypting writer does. */
  encryptedTrailer?: boolean;
  /** Writes a PDF 1.5 cross-reference stream (its dictionary is the trailer), optionally naming /Encrypt. */
  xrefStream?: { encrypt: boolean };
  /** Text on the page, to make files differ. */
  text?: string;
  /** Pads the content stream so the file is exactly this many bytes. */
  padTo?: number;
};

export function buildPdf(options: PdfOptions = {}): Buffer {
  if (options.padTo === undefined) return build(options, 0);
  let padding = 0;
  for (let attempt = 0; attempt < 4; attempt++) {
    const file = build(options, padding);
    if (file.length === options.padTo) return file;
    padding += options.padTo - file.length;
  }
  throw new Error(`Could not pad a PDF to ${options.padTo} bytes`);
}

function build(options: PdfOptions, padding: number): Buffer {
  const { version = "1.7", preamble = "", text = "Ada Lovelace, staff engineer" } = options;
  const content = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const stream = `${content}${" ".repeat(Math.max(0, padding))}`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R /Resources << /Font << /F1 6 0 R >> >> >>",
    "<< /Filter /Standard /V 2 /R 3 /Length 128 /P -4 >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = `${preamble}%PDF-${version}\n%\xe2\xe3\xcf\xd3\n`;
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(body, "latin1");
  if (options.xrefStream) {
    const encrypt = options.xrefStream.encrypt ? " /Encrypt 4 0 R" : "";
    body += `7 0 obj\n<< /Type /XRef /Size 8 /Root 1 0 R${encrypt} /W [1 4 2] /Length 0 >>\nstream\n\nendstream\nendobj\n`;
  } else {
    body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
    for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
    const encrypt = options.encryptedTrailer ? " /Encrypt 4 0 R /ID [<01> <01>]" : "";
    body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\n`;
  }
  body += `startxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}
