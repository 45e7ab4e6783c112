// The seniority ladder around the backend architect role, lowest rank first.

export type LevelSlug = "senior" | "staff" | "principal" | "head";

export type LevelSeed = {
  slug: LevelSlug;
  name: string;
  rank: number;
  typicalYearsMin: number;
  typicalYearsMax: number | null;
  scope: string;
  changeFromBelow: string;
};

export const LEVELS: LevelSeed[] = [
  {
    slug: "senior",
    name: "Senior backend engineer",
    rank: 1,
    typicalYearsMin: 5,
    typicalYearsMax: 8,
    scope:
      "Owns one or two services end to end: their APIs, storage and on-call health. Designs features inside an architecture someone else set, and reviews the team's code and designs.",
    changeFromBelow:
      "Works without day-to-day direction, breaks ambiguous work into a plan, and is trusted with production changes that carry real risk.",
  },
  {
    slug: "staff",
    name: "Staff backend engineer / backend architect",
    rank: 2,
    typicalYearsMin: 8,
    typicalYearsMax: 12,
    scope:
      "Sets the structure several teams build on: where service boundaries sit, how services talk to each other, which API and data-modelling conventions apply. Runs design reviews and keeps the decision record.",
    changeFromBelow:
      "Influence moves from one team's code to many teams' designs, mostly in writing and without formal authority. Success is measured by how well other people's systems hold up.",
  },
  {
    slug: "principal",
    name: "Principal / distinguished engineer",
    rank: 3,
    typicalYearsMin: 12,
    typicalYearsMax: null,
    scope:
      "Answers for the technical direction of a whole product line or platform: multi-year bets on consistency models, storage engines, migration programmes, and the standards every service must meet.",
    changeFromBelow:
      "Looks years ahead instead of quarters, chooses which problems the organisation solves at all, and is the final technical escalation point for cross-team disputes.",
  },
  {
    slug: "head",
    name: "Head of backend engineering / VP engineering",
    rank: 4,
    typicalYearsMin: 12,
    typicalYearsMax: null,
    scope:
      "Leads the backend organisation: hiring, team shape, budgets and delivery, while keeping architecture coherent across teams. Often sets up a dedicated platform team.",
    changeFromBelow:
      "Accountability widens from technical quality to people and delivery; much of the design work is delegated to staff and principal engineers whose judgement this role backs.",
  },
];
