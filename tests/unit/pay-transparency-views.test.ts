import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ListingFormTransparency } from "@/components/listings/listing-form-transparency";
import { PayTransparencyBlock } from "@/components/listings/pay-transparency-block";

// The two views of the rule table: the form's section (server-rendered list of rules the eligibility brings)
// and the listing page's block (the answers and the rules met).

const regions = [{ code: "north-america", name: "North America", countries: ["CA", "US", "MX"] }];

describe("the posting form's pay-transparency section", () => {
  it("lists the rules the sent eligibility brings, with their sources, and keeps the answers", () => {
    const html = renderToStaticMarkup(
      createElement(ListingFormTransparency, {
        state: {
          status: "error",
          message: "",
          fieldErrors: { aiScreening: ["Say whether AI screens, assesses or selects applicants (Ontario require it)."] },
          values: { eligibleRegions: ["north-america"], eligibleStates: ["CO"], existingVacancy: "yes" },
        },
        regions,
        today: "2026-12-01",
      }),
    );
    expect(html).toContain("Colorado");
    expect(html).toContain("the date applications close");
    expect(html).toContain("Colorado Equal Pay for Equal Work Act");
    expect(html).toContain("Ontario");
    expect(html).not.toContain("California");
    expect(html).toContain("Ontario require it");
    expect(html).toMatch(/value="yes"[^>]*checked|checked[^>]*value="yes"/);
  });

  it("says when no rule applies", () => {
    const html = renderToStaticMarkup(
      createElement(ListingFormTransparency, { state: { status: "idle" }, regions, today: "2026-12-01" }),
    );
    expect(html).toContain("No pay-transparency rule in our table covers the places chosen so far");
  });
});

describe("the listing page's pay-transparency block", () => {
  const listing = {
    worldwide: false,
    eligibleRegions: [],
    eligibleCountries: ["CA"],
    eligibleStates: [],
    eligibleProvinces: ["ON", "BC"],
    salaryMin: 120_000,
    salaryMax: 150_000,
    salaryCurrency: "CAD",
    salaryPeriod: "YEAR" as const,
    benefits: null,
    applicationsCloseOn: null,
    aiScreening: false,
    existingVacancy: true,
    salaryProvidedAt: new Date("2026-11-20T10:00:00Z"),
    regions: new Map(),
  };

  it("shows the answers, when pay was stated and the rules met", () => {
    const html = renderToStaticMarkup(createElement(PayTransparencyBlock, listing));
    expect(html).toContain("Yes — someone held this role before.");
    expect(html).toContain("No — people review every application.");
    expect(html).toContain("20 Nov 2026");
    expect(html).toContain("British Columbia and Ontario");
    expect(html).not.toContain("Does not yet meet");
  });

  it("names a rule a listing does not meet, and says when the employer has not answered", () => {
    const html = renderToStaticMarkup(
      createElement(PayTransparencyBlock, { ...listing, existingVacancy: null, aiScreening: null }),
    );
    expect(html).toContain("The employer has not said.");
    expect(html).toMatch(/Does not yet meet.*Ontario/);
  });
});
