import { z } from "zod";
import { containsAnyControl } from "@/lib/control-characters";
import {
  DECISION_STYLES,
  ON_CALL_KINDS,
  OWNERSHIP_KINDS,
  SCALE_DATA_VOLUME,
  SCALE_PEAK_RPS,
  SCALE_SERVICES,
  TAKE_HOME_KINDS,
} from "@/lib/listing-facts";

// The posting form's "role at a glance" fields (docs/decisions/031-architect-facts.md), part of the one
// listing schema (listing.ts). Every fact is optional: blank means "not stated". The number ranges are the
// CHECK constraints of migration 20261204090000_architect_facts, so the form refuses what the database would.

const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

const choice = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.preprocess((v) => (blank(v) ? undefined : v), z.enum(values, message).optional());

const wholeNumber = (min: number, max: number, message: string) =>
  z.preprocess(
    (v) => (blank(v) ? undefined : typeof v === "string" ? v.replace(/[\s,_]/g, "") : v),
    z.coerce.number({ error: message }).int(message).min(min, message).max(max, message).optional(),
  );

const text = (max: number, message: string) =>
  z.preprocess((v) => (blank(v) ? undefined : v), z.string().trim().max(max, message).optional());

export const INTERVIEW_STAGES_MAX = 10;
const STAGE_MIN = 2;
const STAGE_MAX = 60;

/**
 * The interview loop in order. The form sends one stage per line of a text area (it works without
 * JavaScript); JSON may send a list. Blank lines are dropped; each stage is 2–60 characters with no
 * control characters (a tab inside a stage would be one).
 */
const interviewStages = z.preprocess(
  (v) => {
    if (blank(v)) return [];
    const items = Array.isArray(v) ? v : [v];
    return items
      .flatMap((item) => (typeof item === "string" ? item.split(/\r\n|\r|\n/) : [item]))
      .map((item) => (typeof item === "string" ? item.trim() : item))
      .filter((item) => item !== "");
  },
  z
    .array(z.string("Write each stage as text."))
    .max(INTERVIEW_STAGES_MAX, `List at most ${INTERVIEW_STAGES_MAX} stages, one per line.`)
    .superRefine((stages, ctx) => {
      stages.forEach((stage, i) => {
        if (containsAnyControl(stage)) {
          ctx.addIssue({ code: "custom", message: `Stage ${i + 1}: remove the control characters (such as tabs).` });
        } else if (stage.length < STAGE_MIN || stage.length > STAGE_MAX) {
          ctx.addIssue({ code: "custom", message: `Stage ${i + 1}: use ${STAGE_MIN}–${STAGE_MAX} characters.` });
        }
      });
    }),
);

/** A yes/no radio, unanswered is undefined (as listing.ts's pay-transparency answers). */
const yesNo = z.preprocess(
  (v) => (v === "yes" || v === true ? true : v === "no" || v === false ? false : blank(v) ? undefined : v),
  z.boolean({ error: "Answer yes or no." }).optional(),
);

const decisionStyles = z
  .preprocess(
    (v) => (blank(v) ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.enum(DECISION_STYLES, "Choose decision styles from the list.")),
  )
  .transform((styles) => DECISION_STYLES.filter((s) => styles.includes(s)));

export const listingFactFields = {
  scalePeakRps: choice(SCALE_PEAK_RPS, "Choose a peak traffic range from the list."),
  scaleDataVolume: choice(SCALE_DATA_VOLUME, "Choose a data volume range from the list."),
  scaleServices: choice(SCALE_SERVICES, "Choose a number-of-services range from the list."),
  ownershipKind: choice(OWNERSHIP_KINDS, "Choose the kind of work from the list."),
  firstSixMonths: text(500, "Keep the first six months under 500 characters."),
  teamSize: wholeNumber(1, 10_000, "Give the team size as a whole number from 1 to 10,000."),
  reportsTo: text(100, "Keep who the role reports to under 100 characters."),
  engineersServed: wholeNumber(1, 100_000, "Give the number of engineers as a whole number from 1 to 100,000."),
  onCall: choice(ON_CALL_KINDS, "Choose an on-call arrangement from the list."),
  onCallRotationWeeks: wholeNumber(2, 52, "Give the rotation as one week in 2 to 52."),
  interviewStages,
  interviewHours: wholeNumber(1, 100, "Give the interview hours as a whole number from 1 to 100."),
  takeHome: choice(TAKE_HOME_KINDS, "Choose whether there is a take-home from the list."),
  systemDesignRound: yesNo,
  decisionStyles,
};

type FactValues = { onCall?: unknown; onCallRotationWeeks?: unknown };

/** Rules across the facts; called from the listing's cross-field rules. */
export function listingFactRules(v: FactValues, issue: (path: string, message: string) => void): void {
  if (typeof v.onCallRotationWeeks === "number" && v.onCall !== "ROTATION") {
    issue("onCallRotationWeeks", "Give the rotation length only when on-call is a rotation.");
  }
}
