import type { MeetingStyle, RemoteModel } from "@/generated/prisma/enums";

// The structured parts of some demo companies' profiles (issue 10). Companies not named here state
// none of them, so the demo shows both; `logo` picks which get a drawn logo (the rest show initials).

export type CompanyProfileSeed = {
  headquarters?: string;
  remoteModel?: RemoteModel;
  meetingStyle?: MeetingStyle;
  coreOverlapHours?: number;
  offsitesPerYear?: number;
  benefits?: string;
  logo?: { colors: [string, string]; shape: "ring" | "bars" | "diamond" };
};

export const COMPANY_PROFILES: Record<string, CompanyProfileSeed> = {
  ledgerline: {
    headquarters: "Dublin, Ireland",
    remoteModel: "FULLY_REMOTE",
    meetingStyle: "MOSTLY_ASYNC",
    offsitesPerYear: 2,
    benefits:
      "Home-office budget of 1,500 USD a year\nLearning budget and conference travel\n20 weeks of paid parental leave\nA paid week off between jobs before you start",
    logo: { colors: ["#0b5fff", "#9fc1ff"], shape: "ring" },
  },
  tallymark: {
    headquarters: "Denver, Colorado, USA",
    remoteModel: "REMOTE_FIRST",
    meetingStyle: "CORE_HOURS",
    coreOverlapHours: 4,
    offsitesPerYear: 4,
    benefits: "Health, dental and vision cover\n401(k) with a 4% match",
    logo: { colors: ["#0f766e", "#99f6e4"], shape: "bars" },
  },
  fernbank: { logo: { colors: ["#7c3aed", "#ddd6fe"], shape: "diamond" } },
  copperkey: {
    headquarters: "Toronto, Canada",
    remoteModel: "REMOTE_FIRST",
    meetingStyle: "CORE_HOURS",
    coreOverlapHours: 3,
    offsitesPerYear: 2,
    logo: { colors: ["#b45309", "#fde68a"], shape: "ring" },
  },
  "stratum-cloud": {
    headquarters: "Amsterdam, the Netherlands",
    remoteModel: "FULLY_REMOTE",
    meetingStyle: "MOSTLY_ASYNC",
    logo: { colors: ["#1e293b", "#94a3b8"], shape: "bars" },
  },
  quarrystream: { remoteModel: "FULLY_REMOTE", meetingStyle: "MOSTLY_ASYNC", offsitesPerYear: 1 },
};
