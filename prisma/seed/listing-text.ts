import type { CompanySeed } from "./companies";
import type { LevelSlug } from "./levels";
import type { Random } from "./random";
import type { TimezoneWindow } from "./eligibility";

// Titles, descriptions and benefits for seeded listings, assembled from short templates.

const TITLES: Record<LevelSlug, string[]> = {
  senior: ["Senior Backend Engineer", "Senior Software Engineer, Backend", "Senior Backend Engineer"],
  staff: ["Staff Backend Engineer", "Backend Architect", "Staff Backend Architect", "Staff Software Engineer"],
  principal: ["Principal Backend Engineer", "Principal Architect", "Distinguished Engineer", "Principal Software Architect"],
  head: ["Head of Backend Engineering", "VP of Engineering", "Director of Backend Engineering", "Head of Platform Engineering"],
};

export function generateTitle(level: LevelSlug, team: string, random: Random): string {
  return `${random.pick(TITLES[level])}, ${team}`;
}

const TEAM_INTROS = [
  "You would join the {team} team, engineers who own the services behind that part of the product from design to on-call.",
  "The {team} team is growing: its services carry more traffic, and more teams depend on them, than anyone planned for.",
  "This opening is on the {team} team. Its systems are central to the business, and their design choices ripple into everything built on top.",
];

const WORK: Record<LevelSlug, string[]> = {
  senior: [
    "You will design and build services end to end, from the API contract to the storage layout and the dashboards that show they are healthy.",
    "You will take features from a rough problem statement to production, writing the design note first and the code second.",
    "You will review your teammates' designs and code, and help newer engineers find their way around a distributed system.",
    "You will share the on-call rotation and turn what incidents teach you into fixes rather than runbooks.",
  ],
  staff: [
    "You will decide where service boundaries belong and how services should talk to each other, synchronously or through events.",
    "You will run design reviews for the larger initiatives (new services, migrations, caching layers) and write down the decisions and their reasons.",
    "You will set the conventions every service follows for authentication, tracing, error handling and rate limiting.",
    "You will help teams trade consistency, latency and cost against each other deliberately instead of by accident.",
    "You will define API contracts that clients can rely on, including how they are versioned and paginated.",
  ],
  principal: [
    "You will shape the multi-year technical direction of the platform and make the case for it in writing.",
    "You will lead the riskiest migrations: new storage engines, changes to the consistency model, splitting the oldest services.",
    "You will be the final technical escalation point when teams disagree about how systems should fit together.",
    "You will raise the bar for design across the organisation by reviewing, mentoring staff engineers and publishing standards.",
  ],
  head: [
    "You will lead the backend engineering group: hiring, team structure, planning and delivery.",
    "You will keep the architecture coherent as teams multiply, backing the judgement of staff and principal engineers.",
    "You will set up and run a platform team that removes repeated work from product teams.",
    "You will own reliability targets for the backend and the budget and headcount to meet them.",
  ],
};

const LOOKING_FOR: Record<LevelSlug, string> = {
  senior: "We look for roughly five years or more of backend engineering, with at least one system you can discuss in depth.",
  staff:
    "We look for eight or more years of backend work, real depth in distributed systems, and design decisions that other teams adopted.",
  principal:
    "We look for a long record of designing systems at scale and of steering several teams through a change none of them owned alone.",
  head: "We look for experience leading backend teams through growth while staying close enough to the architecture to judge it.",
};

const PROCESS = [
  "Interviews: a conversation with the hiring manager, a system design session, a deep dive into a system you built, and a meeting with the team.",
  "The process has four steps and takes about three weeks; the system design round is a conversation, not a whiteboard exam.",
  "We start with a written exercise you can do in your own time, then a design discussion and two conversations with the people you would work with.",
];

const list = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;

function utc(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

function describeWindow(window: TimezoneWindow): string {
  if (window.tzWindowStartUtc === null || window.tzWindowEndUtc === null) {
    return "There is no fixed overlap window: work the hours that suit you and keep the team informed in writing.";
  }
  return `We ask for at least ${window.tzRequiredOverlapHours} hours a day of overlap with ${utc(window.tzWindowStartUtc)}–${utc(window.tzWindowEndUtc)} UTC.`;
}

export type DescriptionInput = {
  company: CompanySeed;
  team: string;
  level: LevelSlug;
  /** Tools and languages, then practices (event sourcing, DDD, ...). */
  tools: string[];
  practices: string[];
  window: TimezoneWindow;
};

/** "Event sourcing" reads as "event sourcing" mid-sentence; "CQRS" and "API design" keep their capitals. */
function midSentence(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;
}

/** A few paragraphs separated by blank lines. */
export function generateDescription(input: DescriptionInput, random: Random): string {
  const { company, team, level, tools, practices, window } = input;
  const intro = `${company.description} ${random.pick(TEAM_INTROS).replace("{team}", team)}`;
  const work = random.sample(WORK[level], 3).join(" ");
  const skills =
    `The team's stack includes ${list(tools)}, and it leans on ${list(practices.map(midSentence))}. ` +
    `You know some of these well and can pick up the rest quickly. ${LOOKING_FOR[level]}`;
  const remote = `${company.remotePolicy} ${describeWindow(window)}`;
  return [intro, work, skills, remote, random.pick(PROCESS)].join("\n\n");
}

const BENEFITS = [
  "Private health cover for you and your dependants",
  "25 days of paid leave plus local public holidays",
  "A yearly learning budget of $2,000",
  "A home-office stipend and the laptop of your choice",
  "Sixteen weeks of paid parental leave",
  "A paid company week together once a year",
  "Retirement plan with employer contributions",
];

export function generateBenefits(contractor: boolean, random: Random): string {
  if (contractor)
    return "You invoice monthly in the stated currency. We pay for your equipment, a co-working membership and a yearly learning budget.";
  return `${random.sample(BENEFITS, random.int(3, 4)).join(". ")}.`;
}
