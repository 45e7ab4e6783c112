// Industries that hire backend architects, and what each looks for. payPremium marks the
// high-reliability domains where a design mistake costs money or patient safety, which pays more.

export type IndustrySlug =
  "fintech" | "infrastructure" | "healthcare" | "ai-platforms" | "ecommerce" | "developer-tools" | "saas" | "media";

export type IndustrySeed = { slug: IndustrySlug; name: string; whatItValues: string; payPremium: boolean };

export const INDUSTRIES: IndustrySeed[] = [
  {
    slug: "fintech",
    name: "Fintech (payments, lending, trading)",
    whatItValues:
      "Money must never be lost or counted twice. These teams want architects who can reason about idempotency and exactly-once effects, double-entry ledgers, reconciliation and audit trails, and who are comfortable designing under regulators' rules.",
    payPremium: true,
  },
  {
    slug: "infrastructure",
    name: "Infrastructure (cloud, data platforms, API infrastructure)",
    whatItValues:
      "Their customers run the product at whatever scale they like. The work is multi-tenant isolation, noisy-neighbour protection, quotas and rate limits, and control planes that stay predictable when a customer does something nobody expected.",
    payPremium: true,
  },
  {
    slug: "healthcare",
    name: "Healthcare technology",
    whatItValues:
      "Patient data is regulated (HIPAA in the US, GDPR special-category data in Europe). Architects here design fine-grained access control, complete audit logging and data retention rules into the system from the start rather than bolting them on.",
    payPremium: true,
  },
  {
    slug: "ai-platforms",
    name: "AI platforms",
    whatItValues:
      "Serving models reliably: inference infrastructure with tight latency budgets, model registries and versioned APIs, and retrieval pipelines that keep indexes fresh without falling over under load.",
    payPremium: false,
  },
  {
    slug: "ecommerce",
    name: "E-commerce and marketplaces",
    whatItValues:
      "Peak traffic that arrives all at once, inventory that must not oversell, and checkout paths where every hundred milliseconds shows up in revenue. Caching strategy and graceful degradation matter a lot.",
    payPremium: false,
  },
  {
    slug: "developer-tools",
    name: "Developer tools",
    whatItValues:
      "The customers are engineers who notice every rough edge. Public API design, versioning that never breaks a client, and build or CI systems that are fast and boringly reliable.",
    payPremium: false,
  },
  {
    slug: "saas",
    name: "B2B software (SaaS)",
    whatItValues:
      "Many tenants on shared infrastructure, integrations with everyone else's systems, and a product surface that keeps growing. Architects keep the service map understandable as teams multiply.",
    payPremium: false,
  },
  {
    slug: "media",
    name: "Media and streaming",
    whatItValues:
      "Large fan-out, real-time notifications and feeds, content metadata at scale, and traffic that follows the news cycle. Asynchronous processing and sensible consistency trade-offs are everyday tools.",
    payPremium: false,
  },
];
