import { describe, expect, it } from "vitest";
import { COUNTRIES } from "@/lib/countries";
import { serializeJsonForScript } from "@/lib/seo/escape";
import { applicantCountries, buildJobPosting, type JobPostingSource } from "@/lib/seo/job-posting";
import { plainTextToHtml } from "@/lib/seo/text-html";
import { googleJobPostingSchema } from "../setup/google-job-posting";

const regions = new Map([
  ["eu", { countries: ["DE", "FR", "NL"] }],
  ["uk-ireland", { countries: ["GB", "IE"] }],
]);

function listing(overrides: Partial<JobPostingSource> = {}): JobPostingSource {
  return {
    id: "clx123",
    title: "Staff Backend Architect",
    description: "Own the service boundaries.\n\n- Kafka\n- PostgreSQL",
    benefits: null,
    publishedAt: new Date("2026-11-20T10:00:00Z"),
    expiresAt: new Date("2026-12-20T10:00:00Z"),
    engagementModel: "EMPLOYEE",
    company: { name: "Ledgerline", website: "https://ledgerline.example" },
    salaryMin: 190_000,
    salaryMax: 240_000,
    salaryCurrency: "USD",
    salaryPeriod: "YEAR",
    worldwide: false,
    eligibleRegions: ["eu"],
    eligibleCountries: ["GB"],
    ...overrides,
  };
}

const url = "https://backplane.example/jobs/staff-backend-architect";

describe("buildJobPosting", () => {
  it("meets Google's required and recommended fields for a remote job", () => {
    const posting = buildJobPosting(listing(), { url, regions });
    expect(googleJobPostingSchema.safeParse(posting).error).toBeUndefined();
    expect(posting).toMatchObject({
      title: "Staff Backend Architect",
      datePosted: "2026-11-20T10:00:00.000Z",
      validThrough: "2026-12-20T10:00:00.000Z",
      employmentType: "FULL_TIME",
      jobLocationType: "TELECOMMUTE",
      directApply: true,
      hiringOrganization: { "@type": "Organization", name: "Ledgerline", sameAs: "https://ledgerline.example/" },
      baseSalary: { currency: "USD", value: { minValue: 190_000, maxValue: 240_000, unitText: "YEAR" } },
      identifier: { "@type": "PropertyValue", name: "Ledgerline", value: "clx123" },
      url,
    });
  });

  it("names the countries of each region and each listed country, once", () => {
    const posting = buildJobPosting(listing({ eligibleRegions: ["eu", "uk-ireland"], eligibleCountries: ["GB", "US"] }), {
      url,
      regions,
    })!;
    expect(posting.applicantLocationRequirements.map((c) => c.name)).toEqual([
      "Germany",
      "France",
      "Netherlands",
      "United Kingdom",
      "Ireland",
      "United States",
    ]);
    expect(posting.applicantLocationRequirements.every((c) => c["@type"] === "Country")).toBe(true);
  });

  it("names every country for a worldwide role, since Google has no 'anywhere' value", () => {
    expect(applicantCountries(listing({ worldwide: true, eligibleRegions: [], eligibleCountries: [] }), regions)).toHaveLength(
      COUNTRIES.length,
    );
  });

  it("maps engagement models to employment types", () => {
    expect(buildJobPosting(listing({ engagementModel: "EMPLOYER_OF_RECORD" }), { url, regions })!.employmentType).toBe(
      "FULL_TIME",
    );
    expect(buildJobPosting(listing({ engagementModel: "CONTRACTOR" }), { url, regions })!.employmentType).toBe("CONTRACTOR");
  });

  it("keeps the stated currency and period of day and hour rates", () => {
    const posting = buildJobPosting(listing({ salaryMin: 95, salaryMax: 120, salaryCurrency: "EUR", salaryPeriod: "HOUR" }), {
      url,
      regions,
    })!;
    expect(posting.baseSalary).toEqual({
      "@type": "MonetaryAmount",
      currency: "EUR",
      value: { "@type": "QuantitativeValue", minValue: 95, maxValue: 120, unitText: "HOUR" },
    });
  });

  it("leaves out a website that is not an http(s) link", () => {
    const posting = buildJobPosting(listing({ company: { name: "Acme", website: "javascript:alert(1)" } }), { url, regions })!;
    expect(posting.hiringOrganization).toEqual({ "@type": "Organization", name: "Acme" });
  });

  it("describes the role as escaped HTML with benefits after the description", () => {
    const posting = buildJobPosting(listing({ description: "Use <b>Go</b> & Rust", benefits: "- Equity" }), { url, regions })!;
    expect(posting.description).toBe(
      "<p>Use &lt;b&gt;Go&lt;/b&gt; &amp; Rust</p>\n<p><strong>Benefits</strong></p>\n<ul><li>Equity</li></ul>",
    );
  });

  it("ends the description with the existing-vacancy and AI-screening answers when given", () => {
    const answered = buildJobPosting(listing({ existingVacancy: true, aiScreening: false }), { url, regions })!;
    expect(answered.description).toMatch(
      /<p>This is an existing vacancy\. AI is not used to screen, assess or select applicants\.<\/p>$/,
    );
    const fresh = buildJobPosting(listing({ existingVacancy: false }), { url, regions })!;
    expect(fresh.description).toMatch(/<p>This is a new position, not an existing vacancy\.<\/p>$/);
    expect(buildJobPosting(listing(), { url, regions })!.description).not.toMatch(/vacancy/);
  });

  it("returns null for a listing that was never published", () => {
    expect(buildJobPosting(listing({ publishedAt: null }), { url, regions })).toBeNull();
  });
});

describe("plainTextToHtml", () => {
  it("makes paragraphs, line breaks and lists like the page does", () => {
    expect(plainTextToHtml("First line\nsecond line\n\n* one\n* two\n\n\nLast")).toBe(
      "<p>First line<br>second line</p>\n<ul><li>one</li><li>two</li></ul>\n<p>Last</p>",
    );
  });
});

describe("serializeJsonForScript", () => {
  it("cannot close the script element it sits in, and parses back to the same value", () => {
    const value = { title: "</script><script>alert(1)</script>", note: "a & b > c\u2028" };
    const json = serializeJsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
