import type { ApplicationStatus, ReportReason, UserRole } from "@/generated/prisma/enums";
import { REGIONS } from "./regions";

// People in the demo. Every account shares one password so the README can state it; the addresses
// use the reserved .test TLD, so no mail can ever reach a real person.

export const DEMO_PASSWORD = "backplane-demo";

export type CandidateProfileSeed = {
  headline: string;
  yearsExperience: number;
  country: string;
  timezone: string;
  workAuthorizations: string[];
  salaryExpectationUsd: number;
};

export type UserSeed = {
  key: string;
  email: string;
  name: string;
  role: UserRole;
  /** Shown in the seed's summary as a ready-to-use demo sign-in. */
  demo?: string;
  profile?: CandidateProfileSeed;
  skills?: string[];
};

const EU = REGIONS.find((r) => r.code === "eu")!.countries;

export const USERS: UserSeed[] = [
  {
    key: "candidate",
    email: "candidate@backplane.test",
    name: "Casey Morgan",
    role: "CANDIDATE",
    demo: "candidate",
    profile: {
      headline: "Staff backend engineer: payments, ledgers and event-driven systems",
      yearsExperience: 11,
      country: "PT",
      timezone: "Europe/Lisbon",
      workAuthorizations: EU,
      salaryExpectationUsd: 230_000,
    },
    skills: ["go", "kafka", "postgresql", "kubernetes", "distributed-systems", "event-driven"],
  },
  {
    key: "employer",
    email: "employer@backplane.test",
    name: "Elliot Brandt",
    role: "EMPLOYER",
    demo: "employer (owner of Ledgerline)",
  },
  {
    key: "recruiter",
    email: "recruiter@backplane.test",
    name: "Rosa Lindqvist",
    role: "EMPLOYER",
    demo: "recruiter at Ledgerline",
  },
  { key: "admin", email: "admin@backplane.test", name: "Avery Quinn", role: "ADMIN", demo: "admin" },
  {
    key: "priya",
    email: "priya.raman@backplane.test",
    name: "Priya Raman",
    role: "CANDIDATE",
    profile: {
      headline: "Principal engineer, streaming data platforms",
      yearsExperience: 14,
      country: "IN",
      timezone: "Asia/Kolkata",
      workAuthorizations: ["IN"],
      salaryExpectationUsd: 150_000,
    },
    skills: ["java", "kafka", "cassandra", "aws", "distributed-systems"],
  },
  {
    key: "mateo",
    email: "mateo.silva@backplane.test",
    name: "Mateo Silva",
    role: "CANDIDATE",
    profile: {
      headline: "Backend architect, Go and PostgreSQL at scale",
      yearsExperience: 9,
      country: "BR",
      timezone: "America/Sao_Paulo",
      workAuthorizations: ["BR"],
      salaryExpectationUsd: 170_000,
    },
    skills: ["go", "postgresql", "kubernetes", "grpc", "api-design"],
  },
  {
    key: "hannah",
    email: "hannah.becker@backplane.test",
    name: "Hannah Becker",
    role: "CANDIDATE",
    profile: {
      headline: "Domain-driven design and event sourcing for financial systems",
      yearsExperience: 15,
      country: "DE",
      timezone: "Europe/Berlin",
      workAuthorizations: EU,
      salaryExpectationUsd: 210_000,
    },
    skills: ["kotlin", "ddd", "cqrs", "event-sourcing", "postgresql"],
  },
  {
    key: "jordan",
    email: "jordan.ellis@backplane.test",
    name: "Jordan Ellis",
    role: "CANDIDATE",
    profile: {
      headline: "Serverless and AWS-native backend architecture",
      yearsExperience: 10,
      country: "US",
      timezone: "America/Chicago",
      workAuthorizations: ["US"],
      salaryExpectationUsd: 240_000,
    },
    skills: ["python", "aws", "dynamodb", "terraform", "event-driven"],
  },
  {
    key: "aiko",
    email: "aiko.tanaka@backplane.test",
    name: "Aiko Tanaka",
    role: "CANDIDATE",
    profile: {
      headline: "Distributed storage engineer, Rust",
      yearsExperience: 13,
      country: "AU",
      timezone: "Australia/Sydney",
      workAuthorizations: ["AU", "NZ"],
      salaryExpectationUsd: 220_000,
    },
    skills: ["rust", "distributed-systems", "redis", "gcp"],
  },
];

/** Applications to the demo company's listings: `listing` indexes its published listings, oldest seed index first. */
export const APPLICATIONS: { candidate: string; listing: number; status: ApplicationStatus; coverNote: string }[] = [
  {
    candidate: "priya",
    listing: 0,
    status: "NEW",
    coverNote: "I have spent six years on Kafka-based ledgers and would like to bring that to your payouts work.",
  },
  {
    candidate: "mateo",
    listing: 0,
    status: "REVIEWING",
    coverNote: "I led the move of our payment services from a monolith to Go services on PostgreSQL.",
  },
  {
    candidate: "hannah",
    listing: 0,
    status: "INTERVIEW",
    coverNote: "Event-sourced accounting is what I have built for the last five years; I would love to compare notes.",
  },
  {
    candidate: "jordan",
    listing: 1,
    status: "NEW",
    coverNote: "I design AWS-native backends and care a lot about reconciliation and audit trails.",
  },
  {
    candidate: "aiko",
    listing: 1,
    status: "OFFER",
    coverNote: "I build storage systems in Rust and want to apply that to money movement.",
  },
  {
    candidate: "hannah",
    listing: 1,
    status: "REJECTED",
    coverNote: "Applying here as well, as the ledger team sounds like a close match.",
  },
  {
    candidate: "mateo",
    listing: 2,
    status: "WITHDRAWN",
    coverNote: "Interested in the reconciliation work, especially the exactly-once parts.",
  },
  {
    candidate: "candidate",
    listing: 1,
    status: "REVIEWING",
    coverNote: "Reconciliation at scale is the problem I most enjoy; my last team cut our daily mismatches to zero.",
  },
  {
    candidate: "candidate",
    listing: 2,
    status: "NEW",
    coverNote: "I have built payment ledgers on Go, Kafka and PostgreSQL and enjoy writing the design docs first.",
  },
];

/** Open reports on other companies' published listings: `listing` is a seed index, `reporter` a user key or null. */
export const REPORTS: { key: string; listing: number; reporter: string | null; reason: ReportReason; details: string }[] = [
  {
    key: "report-1",
    listing: 40,
    reporter: "priya",
    reason: "NOT_REMOTE",
    details: "The recruiter told me the role needs three office days a week.",
  },
  {
    key: "report-2",
    listing: 120,
    reporter: "jordan",
    reason: "NO_REAL_PAY",
    details: "The range in the listing is far above what they offered on the call.",
  },
  {
    key: "report-3",
    listing: 205,
    reporter: null,
    reason: "DUPLICATE",
    details: "Looks like the same opening as another listing from this company.",
  },
];

/** Saved listings of the demo candidate (seed indexes of published listings, nearest found). */
export const SAVED_BY_DEMO_CANDIDATE = [30, 90, 150];
