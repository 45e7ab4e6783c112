import { describe, expect, it } from "vitest";
import { COUNTRIES, COUNTRIES_BY_NAME, countryCodeFor } from "@/lib/countries";

describe("countryCodeFor (the search's free-text country field)", () => {
  it("reads a code in any case, or an English name in any case and with or without accents", () => {
    expect(countryCodeFor("pt")).toBe("PT");
    expect(countryCodeFor(" DE ")).toBe("DE");
    expect(countryCodeFor("Portugal")).toBe("PT");
    expect(countryCodeFor("united kingdom")).toBe("GB");
    expect(countryCodeFor("Cote d'Ivoire")).toBe("CI");
    expect(countryCodeFor("Åland Islands")).toBe("AX");
  });

  it("answers null for anything else", () => {
    for (const text of ["", "XX", "Atlantis", "Portugal; DROP TABLE", "P\u0000T", "a".repeat(5000)]) {
      expect(countryCodeFor(text), text.slice(0, 20)).toBeNull();
    }
  });

  it("knows every country by its name", () => {
    for (const [code, name] of COUNTRIES) expect(countryCodeFor(name)).toBe(code);
  });

  it("lists the countries alphabetically by name", () => {
    expect(COUNTRIES_BY_NAME.map(([, name]) => name)).toEqual(
      COUNTRIES.map(([, name]) => name).sort((a, b) => a.localeCompare(b, "en")),
    );
  });
});
