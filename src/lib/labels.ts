// Human labels for the schema's enums. Records keyed by the enum make a missing label a type error.
import type { CompanySize, EngagementModel, SalaryPeriod, SkillCategory, VisaPolicy } from "@/generated/prisma/enums";

export const engagementModelLabel: Record<EngagementModel, string> = {
  EMPLOYEE: "Employee",
  EMPLOYER_OF_RECORD: "Employee via employer of record",
  CONTRACTOR: "Contractor",
};

/** A sentence for the listing page: what the engagement means for the candidate. */
export const engagementModelDescription: Record<EngagementModel, string> = {
  EMPLOYEE: "You are employed directly by the company, on its payroll.",
  EMPLOYER_OF_RECORD:
    "You are employed through an employer-of-record service in your country, which handles payroll, tax and benefits for the company.",
  CONTRACTOR: "You work as an independent contractor and invoice the company; you handle your own tax and benefits.",
};

export const visaPolicyLabel: Record<VisaPolicy, string> = {
  MUST_HAVE_AUTHORIZATION: "Must already be authorised to work in an eligible country",
  WILL_SPONSOR: "Visa or work permit sponsorship available",
  NOT_REQUIRED: "No local work permit needed",
};

export const salaryPeriodLabel: Record<SalaryPeriod, string> = {
  YEAR: "per year",
  MONTH: "per month",
  DAY: "per day",
  HOUR: "per hour",
};

/** Every company size, smallest first (the settings form's options and schema). */
export const COMPANY_SIZES = [
  "SIZE_1_10",
  "SIZE_11_50",
  "SIZE_51_200",
  "SIZE_201_1000",
  "SIZE_1001_PLUS",
] as const satisfies readonly CompanySize[];

export const companySizeLabel: Record<CompanySize, string> = {
  SIZE_1_10: "1–10 people",
  SIZE_11_50: "11–50 people",
  SIZE_51_200: "51–200 people",
  SIZE_201_1000: "201–1,000 people",
  SIZE_1001_PLUS: "1,000+ people",
};

export const skillCategoryLabel: Record<SkillCategory, string> = {
  LANGUAGE: "Languages",
  MESSAGING: "Messaging and streaming",
  ORCHESTRATION: "Container orchestration",
  SERVICE_MESH: "Service mesh",
  API_GATEWAY: "API gateways",
  OBSERVABILITY: "Observability",
  DATABASE: "Databases",
  CACHE: "Caching",
  SEARCH: "Search",
  INFRASTRUCTURE: "Infrastructure as code",
  CLOUD: "Cloud platforms",
  API_STYLE: "API styles",
  PRACTICE: "Architecture practices",
};

/** Display order of skill categories on the role profile. */
export const skillCategoryOrder: readonly SkillCategory[] = [
  "LANGUAGE",
  "DATABASE",
  "MESSAGING",
  "API_STYLE",
  "PRACTICE",
  "CACHE",
  "SEARCH",
  "ORCHESTRATION",
  "SERVICE_MESH",
  "API_GATEWAY",
  "OBSERVABILITY",
  "INFRASTRUCTURE",
  "CLOUD",
];
