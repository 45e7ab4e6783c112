import "server-only";
import { db } from "@/server/db";
import { estimateBandPositionFromForm } from "@/server/salaries/estimate";

// The posting form's live band position (GET /api/employer/band-position): the form's fields as they stand,
// read from the query string, answered with one sentence. Incomplete or invalid fields are the normal state
// of a form being typed, so they get a plain "not yet" answer rather than an error.

export type BandPositionAnswer =
  | { status: "incomplete"; message: string }
  | { status: "not-enough-data"; message: string }
  | { status: "placed"; percent: number; level: string; region: string | null; message: string };

const INCOMPLETE = "Choose the level and enter both ends of the range to see how the pay compares.";

/** The form's fields from a query string: repeated keys are lists, a ticked checkbox is "on". */
function formFrom(query: URLSearchParams) {
  const one = (key: string) => (query.get(key) ?? "").slice(0, 64);
  const many = (key: string) =>
    query
      .getAll(key)
      .slice(0, 300)
      .map((v) => v.slice(0, 64));
  return {
    levelId: one("levelId"),
    worldwide: one("worldwide") === "on" || one("worldwide") === "true",
    eligibleRegions: many("eligibleRegions"),
    eligibleCountries: many("eligibleCountries"),
    pay: {
      salaryMin: one("salaryMin").replace(/[\s,_]/g, ""),
      salaryMax: one("salaryMax").replace(/[\s,_]/g, ""),
      salaryCurrency: one("salaryCurrency"),
      salaryPeriod: one("salaryPeriod"),
    },
  };
}

export async function bandPositionAnswer(query: URLSearchParams, now: Date = new Date()): Promise<BandPositionAnswer> {
  const form = formFrom(query);
  // Amounts left empty must not coerce to 0 and pass as a number.
  if (form.pay.salaryMin === "" || form.pay.salaryMax === "") return { status: "incomplete", message: INCOMPLETE };
  const comparison = await estimateBandPositionFromForm(form, now);
  if (!comparison) return { status: "incomplete", message: INCOMPLETE };
  const level = await db.seniorityLevel.findUnique({ where: { id: form.levelId }, select: { name: true } });
  if (!level) return { status: "incomplete", message: INCOMPLETE };
  const where = comparison.region ? ` hiring in ${comparison.region.name}` : "";
  if (comparison.status === "not-enough-data") {
    return {
      status: "not-enough-data",
      message: `Too few comparable ${level.name} listings${where} to place this pay yet.`,
    };
  }
  const percent = comparison.position.percent;
  return {
    status: "placed",
    percent,
    level: level.name,
    region: comparison.region?.name ?? null,
    message: `Pays more than ${percent}% of comparable ${level.name} listings${where}.`,
  };
}
