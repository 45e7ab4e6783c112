import { describe, expect, it } from "vitest";
import { buildOrganization } from "@/lib/seo/organization";

describe("buildOrganization", () => {
  it("names the company, its page, website, description, stack and head count", () => {
    expect(
      buildOrganization(
        {
          name: "Ledgerline",
          website: "https://ledgerline.example",
          description: "We build the ledger behind payouts.",
          size: "SIZE_51_200",
          industry: { name: "Payments" },
        },
        "https://backplane.example/companies/ledgerline",
        ["Go", "Kafka"],
      ),
    ).toEqual({
      "@context": "https://schema.org",
      "@type": "Organization",
      name: "Ledgerline",
      url: "https://backplane.example/companies/ledgerline",
      sameAs: "https://ledgerline.example/",
      description: "We build the ledger behind payouts.",
      knowsAbout: ["Go", "Kafka"],
      numberOfEmployees: { "@type": "QuantitativeValue", minValue: 51, maxValue: 200 },
    });
  });

  it("leaves out what is unknown, and never names a website that is not http(s)", () => {
    const organization = buildOrganization(
      { name: "Quiet Co", website: "javascript:alert(1)", description: null, size: "SIZE_1001_PLUS", industry: null },
      "https://backplane.example/companies/quiet-co",
    );
    expect(organization).toEqual({
      "@context": "https://schema.org",
      "@type": "Organization",
      name: "Quiet Co",
      url: "https://backplane.example/companies/quiet-co",
      numberOfEmployees: { "@type": "QuantitativeValue", minValue: 1001 },
    });
  });
});
