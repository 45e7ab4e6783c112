import { z } from "zod";
import { REJECT_PRESET_KEYS, REJECT_PRESETS, type RejectPreset } from "@/lib/reject-presets";
import { REPORT_REASONS } from "@/lib/report-reasons";
import { listingVersionSchema } from "@/lib/schemas/edit-review";
import { idSchema } from "@/lib/schemas/ids";

// `version` is the listing's updatedAt (ms) as the moderator's page showed it: an employer may edit a listing
// while it waits, and the moderator approves only the content they read.
export const approveListingSchema = z.object({ listingId: idSchema, version: listingVersionSchema });

const rejectReasonParts = {
  preset: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.enum(REJECT_PRESET_KEYS, "Choose a reason from the list.").optional(),
  ),
  reason: z.string().trim().max(1000, "Keep the reason under 1,000 characters.").optional(),
};

/** The reason the employer reads: the preset's text, then the moderator's own words. */
function composeReason(input: { preset?: RejectPreset; reason?: string }): string {
  return [input.preset ? REJECT_PRESETS[input.preset] : "", input.reason ?? ""].filter(Boolean).join(" ");
}

const composedReason = z
  .string()
  .min(10, "Give the employer a reason of at least 10 characters, or choose one; they will see it.");

export const rejectListingSchema = z
  .object({ listingId: idSchema, ...rejectReasonParts })
  .transform((input) => ({ listingId: input.listingId, reason: composeReason(input) }))
  .pipe(z.object({ listingId: z.string(), reason: composedReason }));

/** The queue shows at most this many listings, so a bulk form carries at most this many versions. */
export const REVIEW_QUEUE_SIZE = 100;

/** A bulk form field `version.<listing id>`: that listing's updatedAt as the queue showed it. */
export const BULK_VERSION_PREFIX = "version.";

// Every card of the queue sends its listing's version through a hidden input (no script needed); the
// ticked ones are looked up here. An ISO timestamp, as Date#toISOString writes it (ms precision, like the column).
const bulkVersions = z
  .record(idSchema, z.iso.datetime({ precision: 3, error: "Reload the queue: a listing's version is not valid." }))
  .refine((versions) => Object.keys(versions).length <= REVIEW_QUEUE_SIZE, "Reload the queue: too many versions were sent.");

/** The `version.<id>` fields of a submitted form, gathered into one record for the schema. */
function gatherVersions(raw: unknown): unknown {
  if (!raw || typeof raw !== "object") return raw;
  const versions: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith(BULK_VERSION_PREFIX)) versions[key.slice(BULK_VERSION_PREFIX.length)] = value;
  }
  return { ...raw, versions };
}

/** Approve or reject several pending listings at once (the queue's checkboxes). */
export const bulkReviewSchema = z.preprocess(
  gatherVersions,
  z
    .object({
      listingIds: z.preprocess(
        (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
        z.array(idSchema).min(1, "Tick at least one listing.").max(50, "Decide at most 50 listings at once."),
      ),
      decision: z.enum(["approve", "reject"], "Choose approve or reject."),
      versions: bulkVersions,
      ...rejectReasonParts,
    })
    .transform((input) => {
      const listingIds = [...new Set(input.listingIds)];
      return {
        listingIds,
        decision: input.decision,
        reason: input.decision === "reject" ? composeReason(input) : "",
        // Only the ticked listings' versions matter; a missing one is caught below.
        versions: Object.fromEntries(
          listingIds.flatMap((id) => (input.versions[id] ? [[id, Date.parse(input.versions[id])] as const] : [])),
        ) as Record<string, number>,
      };
    })
    .superRefine((input, ctx) => {
      if (input.decision === "reject" && input.reason.length < 10) {
        ctx.addIssue({
          code: "custom",
          path: ["reason"],
          message: "Rejecting needs a reason of at least 10 characters, or one chosen from the list.",
        });
      }
      // Approving publishes what the moderator read: without the version they read there is nothing to compare.
      if (input.decision === "approve" && input.listingIds.some((id) => input.versions[id] === undefined)) {
        ctx.addIssue({
          code: "custom",
          path: ["versions"],
          message: "Reload the queue: a ticked listing came without the version you read, so nothing was approved.",
        });
      }
    }),
);

// ---- reports (docs/decisions/027-moderation.md) ----

export const reportListingSchema = z
  .object({
    listingId: idSchema,
    reason: z.enum(REPORT_REASONS, "Choose what is wrong with this listing."),
    details: z
      .string()
      .trim()
      .max(2000, "Keep the details under 2,000 characters.")
      .optional()
      .transform((value) => (value ? value : undefined)),
  })
  .superRefine((input, ctx) => {
    if (input.reason === "OTHER" && (!input.details || input.details.length < 10)) {
      ctx.addIssue({ code: "custom", path: ["details"], message: "Tell us what is wrong (at least 10 characters)." });
    }
  });

/** How a moderator settles every open report of one listing. */
export const REPORT_RESOLUTIONS = ["dismiss", "return-to-review", "unpublish", "suspend-company"] as const;
export type ReportResolution = (typeof REPORT_RESOLUTIONS)[number];

const moderatorNote = z
  .string()
  .trim()
  .max(1000, "Keep the note under 1,000 characters.")
  .optional()
  .transform((value) => (value ? value : undefined));

export const resolveReportsSchema = z
  .object({
    listingId: idSchema,
    resolution: z.enum(REPORT_RESOLUTIONS, "Choose how to resolve the reports."),
    note: moderatorNote,
  })
  .superRefine((input, ctx) => {
    // Everything but a dismissal reaches the employer, who must be told why.
    if (input.resolution !== "dismiss" && (!input.note || input.note.length < 10)) {
      ctx.addIssue({
        code: "custom",
        path: ["note"],
        message: "Give the employer a note of at least 10 characters; they will see it.",
      });
    }
  });

// ---- suspensions and roles ----

export const suspensionReasonSchema = z
  .string("Say why.")
  .trim()
  .min(10, "Give a reason of at least 10 characters; the account holder sees it.")
  .max(1000, "Keep the reason under 1,000 characters.");

export const suspendUserSchema = z.object({ userId: idSchema, reason: suspensionReasonSchema });
export const suspendCompanySchema = z.object({ companyId: idSchema, reason: suspensionReasonSchema });

const restoreNote = z
  .string()
  .trim()
  .min(3, "Say briefly why (at least 3 characters).")
  .max(1000, "Keep the note under 1,000 characters.");

export const restoreUserSchema = z.object({ userId: idSchema, reason: restoreNote });
export const restoreCompanySchema = z.object({ companyId: idSchema, reason: restoreNote });

export const changeRoleSchema = z.object({
  userId: idSchema,
  role: z.enum(["CANDIDATE", "EMPLOYER", "ADMIN"], "Choose a role."),
});

// ---- the admin lists' search (GET parameters: anything unusable is ignored, never an error page) ----

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const adminSearchSchema = z.object({
  q: z.preprocess(first, z.string().trim().max(100).optional()).catch(undefined),
  status: z.preprocess(first, z.enum(["ACTIVE", "SUSPENDED"]).optional()).catch(undefined),
  role: z.preprocess(first, z.enum(["CANDIDATE", "EMPLOYER", "ADMIN"]).optional()).catch(undefined),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000).default(1)).catch(1),
});
