import "server-only";
import { reportListingSchema, resolveReportsSchema } from "@/lib/schemas/moderation";
import { defineAction } from "@/server/action";
import { fileReport, resolveReports } from "@/server/reports/reports";

export const reportListingDefinition = defineAction({
  roles: ["CANDIDATE", "EMPLOYER", "ADMIN"],
  schema: reportListingSchema,
  run: (input, actor) => fileReport(actor, input),
  after: (report) => ({
    message: report.alreadyReported
      ? "You already reported this listing; a moderator will look at it."
      : "Thank you. A moderator will look at this listing.",
  }),
});

export const resolveReportsDefinition = defineAction({
  roles: ["ADMIN"],
  schema: resolveReportsSchema,
  run: (input, actor) => resolveReports(actor, input),
  // The settled listing leaves the queue, so the confirmation travels in the URL (the page words it).
  after: (result) => ({ revalidate: ["/admin/reports", "/admin"], redirectTo: `/admin/reports?resolved=${result.resolution}` }),
});
