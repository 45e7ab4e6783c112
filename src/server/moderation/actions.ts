import "server-only";
import {
  approveListingSchema,
  bulkReviewSchema,
  changeRoleSchema,
  rejectListingSchema,
  restoreCompanySchema,
  restoreUserSchema,
  suspendCompanySchema,
  suspendUserSchema,
} from "@/lib/schemas/moderation";
import { defineAction } from "@/server/action";
import { changeUserRole } from "@/server/moderation/accounts";
import { approveListing, decideListings, rejectListing, type BulkDecision } from "@/server/moderation/review";
import { restoreCompany, restoreUser, suspendCompany, suspendUser } from "@/server/moderation/suspensions";

export const approveListingDefinition = defineAction({
  roles: ["ADMIN"],
  schema: approveListingSchema,
  run: (input, actor) => approveListing(actor, input.listingId, input.version),
  // The decided listing leaves the queue, so the confirmation travels in the URL rather than in form state.
  // Caches of public pages are the lifecycle's business (src/server/listings/lifecycle.ts).
  after: (listing) => ({ revalidate: ["/admin/review"], redirectTo: `/admin/review?approved=${listing.id}` }),
});

export const rejectListingDefinition = defineAction({
  roles: ["ADMIN"],
  schema: rejectListingSchema,
  run: (input, actor) => rejectListing(actor, input.listingId, input.reason),
  after: (listing) => ({ revalidate: ["/admin/review"], redirectTo: `/admin/review?rejected=${listing.id}` }),
});

export const suspendUserDefinition = defineAction({
  roles: ["ADMIN"],
  schema: suspendUserSchema,
  run: (input, actor) => suspendUser(actor, input.userId, input.reason),
  after: (user) => ({ revalidate: [`/admin/users/${user.id}`], message: "Suspended; every session of the account has ended." }),
});

export const restoreUserDefinition = defineAction({
  roles: ["ADMIN"],
  schema: restoreUserSchema,
  run: (input, actor) => restoreUser(actor, input.userId, input.reason),
  after: (user) => ({ revalidate: [`/admin/users/${user.id}`], message: "Restored; the account can sign in again." }),
});

export const suspendCompanyDefinition = defineAction({
  roles: ["ADMIN"],
  schema: suspendCompanySchema,
  run: (input, actor) => suspendCompany(actor, input.companyId, input.reason),
  after: (company) => ({
    revalidate: [`/admin/companies/${company.id}`],
    message: "Suspended; the company's listings have left the board.",
  }),
});

export const restoreCompanyDefinition = defineAction({
  roles: ["ADMIN"],
  schema: restoreCompanySchema,
  run: (input, actor) => restoreCompany(actor, input.companyId, input.reason),
  after: (company) => ({
    revalidate: [`/admin/companies/${company.id}`],
    message: "Restored; its published, unexpired listings are back on the board.",
  }),
});

export const changeRoleDefinition = defineAction({
  roles: ["ADMIN"],
  schema: changeRoleSchema,
  run: (input, actor) => changeUserRole(actor, input.userId, input.role),
  after: (user) => ({ revalidate: [`/admin/users/${user.id}`], message: `Role changed to ${user.role.toLowerCase()}.` }),
});

export const decideListingsDefinition = defineAction({
  roles: ["ADMIN"],
  schema: bulkReviewSchema,
  run: (input, actor) => decideListings(actor, input),
  // All decided: the listings left the queue, so the confirmation travels in the URL. Some left waiting: the
  // message names them and stays on the form (the refreshed queue still shows them to review again).
  after: (result) =>
    result.changed.length + result.gone.length === 0
      ? { revalidate: ["/admin/review"], redirectTo: `/admin/review?decided=${result.count}&decision=${result.decision}` }
      : { revalidate: ["/admin/review"], message: partialApprovalMessage(result) },
});

/** "2 approved; 1 changed since you loaded the queue — review it again: “Title”". */
function partialApprovalMessage(result: BulkDecision): string {
  const quoted = (titles: (string | null)[]) => titles.map((t) => (t === null ? "one since removed" : `“${t}”`)).join(", ");
  return [
    result.count === 0 ? "None approved" : `${result.count} approved`,
    ...(result.changed.length > 0
      ? [`${result.changed.length} changed since you loaded the queue — review it again: ${quoted(result.changed)}`]
      : []),
    ...(result.gone.length > 0 ? [`${result.gone.length} no longer waiting for review: ${quoted(result.gone)}`] : []),
  ].join("; ");
}
