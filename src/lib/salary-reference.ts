// Reference figures from the role's seed document (shared/seeds/000_0631f2c72cc18b45.txt), shown
// beside the bands Backplane computes. They are outside figures, not ours: the page labels them so.

export type SalaryReference = { key: string; label: string; fromUsd: number; toUsd: number; note: string };

export const SALARY_REFERENCES: readonly SalaryReference[] = [
  {
    key: "typical",
    label: "Typical remote backend architect",
    fromUsd: 190_000,
    toUsd: 290_000,
    note: "Total compensation most remote backend architects earn.",
  },
  {
    key: "top-tier",
    label: "Top-tier technology companies",
    fromUsd: 350_000,
    toUsd: 550_000,
    note: "Total compensation including equity at companies running very large distributed systems, such as Stripe, Uber, Airbnb, Confluent and MongoDB.",
  },
];

/** The seed's point about premiums, in our words. */
export const PREMIUM_NOTE =
  "Fintech, healthcare and infrastructure pay architects more. In those fields a design flaw shows up directly in the business results (lost or double-counted money, breached patient records, outages that customers' own products inherit), so employers pay for people who have built systems that hold up at scale.";
