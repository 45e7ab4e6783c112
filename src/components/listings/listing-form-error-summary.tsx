import type { Ref } from "react";
import type { FormState } from "@/lib/form-state";

// Field keys in the order the form shows them, with the element each summary link jumps to.
const FIELDS: [key: string, label: string, target: string][] = [
  ["title", "Job title", "title"],
  ["levelId", "Seniority level", "levelId"],
  ["description", "Description", "description"],
  ["benefits", "Benefits", "benefits"],
  ["salaryMin", "Salary from", "salaryMin"],
  ["salaryMax", "Salary to", "salaryMax"],
  ["salaryCurrency", "Currency", "salaryCurrency"],
  ["salaryPeriod", "Paid", "salaryPeriod"],
  ["equity", "Equity", "equity"],
  ["bonus", "Bonus", "bonus"],
  ["eligibility", "Who can apply", "eligibility"],
  ["eligibleRegions", "Regions", "eligibleRegions"],
  ["eligibleCountries", "Countries", "eligibleCountries"],
  ["eligibleStates", "US states", "eligibleStates"],
  ["eligibleProvinces", "Canadian provinces", "eligibleProvinces"],
  ["tzWindowStartUtc", "Window starts", "tzWindowStartUtc"],
  ["tzWindowEndUtc", "Window ends", "tzWindowEndUtc"],
  ["tzRequiredOverlapHours", "Required overlap", "tzRequiredOverlapHours"],
  ["visaPolicy", "Work authorisation", "visaPolicy-MUST_HAVE_AUTHORIZATION"],
  ["engagementModel", "Engagement", "engagementModel-EMPLOYEE"],
  ["skills", "Skills", "skills"],
  ["scalePeakRps", "Peak traffic", "scalePeakRps"],
  ["scaleDataVolume", "Data volume", "scaleDataVolume"],
  ["scaleServices", "Number of services", "scaleServices"],
  ["ownershipKind", "Kind of work", "ownershipKind"],
  ["firstSixMonths", "First six months", "firstSixMonths"],
  ["teamSize", "Team size", "teamSize"],
  ["reportsTo", "Reports to", "reportsTo"],
  ["engineersServed", "Engineers served", "engineersServed"],
  ["onCall", "On-call", "onCall"],
  ["onCallRotationWeeks", "On-call rotation", "onCallRotationWeeks"],
  ["interviewStages", "Interview stages", "interviewStages"],
  ["interviewHours", "Interview hours", "interviewHours"],
  ["takeHome", "Take-home", "takeHome"],
  ["systemDesignRound", "System-design round", "systemDesignRound"],
  ["decisionStyles", "Decision style", "decisionStyles-DESIGN_DOCS"],
  ["applicationsCloseOn", "Applications close", "applicationsCloseOn"],
  ["aiScreening", "AI screening", "aiScreening-yes"],
  ["existingVacancy", "Existing vacancy", "existingVacancy-yes"],
];

/** Every problem in one list, each linking to its field: readable and usable without JavaScript. */
export function ListingFormErrorSummary({ state, ref }: { state: FormState; ref?: Ref<HTMLDivElement> }) {
  if (state.status !== "error") return null;
  const problems = FIELDS.flatMap(([key, label, target]) => {
    const message = state.fieldErrors[key]?.[0];
    return message ? [{ key, label, target, message }] : [];
  });
  if (problems.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      aria-labelledby="listing-form-problems"
      className="rounded-md border-2 border-danger bg-surface px-4 py-3 focus-visible:outline-offset-4"
    >
      <h2 id="listing-form-problems" className="font-semibold text-danger-text">
        {problems.length === 1 ? "There is 1 problem" : `There are ${problems.length} problems`} with this listing
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {problems.map((p) => (
          <li key={p.key}>
            <a className="link" href={`#${p.target}`}>
              {p.label}: {p.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
