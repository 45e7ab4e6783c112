import { describe, expect, it } from "vitest";
import { replaceWords, searchWords } from "@/lib/search-words";

describe("searchWords", () => {
  it("gives the lower-cased words with their places, skipping short words and numbers", () => {
    expect(searchWords("Kafak in Go 2026")).toEqual([{ word: "kafak", start: 0, end: 5 }]);
    expect(searchWords('"Paymnets Architect" or ledger').map((w) => w.word)).toEqual(["paymnets", "architect", "ledger"]);
  });

  it("leaves out words the search excludes, but not hyphenated words", () => {
    expect(searchWords("kafak -java").map((w) => w.word)).toEqual(["kafak"]);
    expect(searchWords("-java kafak").map((w) => w.word)).toEqual(["kafak"]);
    expect(searchWords("event-sourcing").map((w) => w.word)).toEqual(["event", "sourcing"]);
  });

  it("takes letters of any script and ignores punctuation and overlong runs", () => {
    expect(searchWords("Zürich, São Paulo!").map((w) => w.word)).toEqual(["zürich", "são", "paulo"]);
    expect(searchWords("x".repeat(41))).toEqual([]);
    expect(searchWords("%_\\'; --")).toEqual([]);
  });

  it("stops after twelve words", () => {
    expect(searchWords(Array.from({ length: 30 }, (_, i) => `word${i}`).join(" "))).toHaveLength(12);
  });
});

describe("replaceWords", () => {
  it("replaces words in place and keeps everything around them", () => {
    const text = '"Paymnets architect" -java Kafak';
    const words = searchWords(text);
    const replaced = replaceWords(text, [
      { ...words[2]!, with: "kafka" },
      { ...words[0]!, with: "payments" },
    ]);
    expect(replaced).toBe('"payments architect" -java kafka');
  });
});
