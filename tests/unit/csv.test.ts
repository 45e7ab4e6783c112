import { describe, expect, it } from "vitest";
import { attachmentDisposition, csvField, toCsv } from "@/lib/csv";

describe("toCsv", () => {
  it("ends every record with CRLF and leaves plain fields bare", () => {
    expect(
      toCsv([
        ["Name", "Stage"],
        ["Ada Lovelace", "New"],
      ]),
    ).toBe("Name,Stage\r\nAda Lovelace,New\r\n");
    expect(toCsv([])).toBe("");
  });

  it("quotes fields with commas, quotes, CR or LF, doubling the quotes inside", () => {
    expect(csvField("Kafka, Flink")).toBe('"Kafka, Flink"');
    expect(csvField('She said "hi"')).toBe('"She said ""hi"""');
    expect(csvField("line one\nline two")).toBe('"line one\nline two"');
    expect(csvField("a\r\nb")).toBe('"a\r\nb"');
  });

  it("neutralises cells a spreadsheet would read as a formula with a leading apostrophe", () => {
    expect(csvField('=HYPERLINK("http://evil.test","x")')).toBe('"\'=HYPERLINK(""http://evil.test"",""x"")"');
    expect(csvField("+1 555 0100")).toBe("'+1 555 0100");
    expect(csvField("-2+3")).toBe("'-2+3");
    expect(csvField("@SUM(A1:A2)")).toBe("'@SUM(A1:A2)");
    expect(csvField("\t=1+1")).toBe("'\t=1+1");
    expect(csvField("\r=1+1")).toBe('"\'\r=1+1"');
    // Only the start matters: a formula sign inside ordinary text is left alone.
    expect(csvField("a=b")).toBe("a=b");
    expect(csvField("C++ and -O2")).toBe("C++ and -O2");
  });

  it("writes numbers as they are (ours, never formulas), and empty cells for null or undefined", () => {
    expect(toCsv([[-3, 4.5, null, undefined, Number.NaN]])).toBe("-3,4.5,,,\r\n");
  });
});

describe("attachmentDisposition", () => {
  it("gives an ASCII name as it is", () => {
    expect(attachmentDisposition("applicants-staff-engineer.csv")).toBe('attachment; filename="applicants-staff-engineer.csv"');
  });

  it("adds filename* for other characters, with an ASCII fallback without quotes or backslashes", () => {
    expect(attachmentDisposition('Zoë "lead".csv')).toBe(
      `attachment; filename="Zo_ _lead_.csv"; filename*=UTF-8''Zo%C3%AB%20%22lead%22.csv`,
    );
  });
});
