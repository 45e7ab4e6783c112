import "server-only";
import { companySettingsSchema } from "@/lib/schemas/company";
import { companyPath } from "@/lib/site-url";
import { defineAction } from "@/server/action";
import { LISTINGS_TAG } from "@/server/cache/tags";
import { updateCompanySettings } from "@/server/companies/settings";

// Kept out of the "use server" modules so tests run them through executeAction.

export const updateCompanyDefinition = defineAction({
  roles: ["EMPLOYER"],
  schema: companySettingsSchema,
  run: (input, actor) => updateCompanySettings(actor, input),
  after: (result) => ({
    // The company shows on its public page and on every listing page of its roles.
    tags: [LISTINGS_TAG],
    revalidate: ["/employer/company", companyPath(result.slug)],
    message: result.changed.length === 0 ? "Nothing to change: the profile was already like this." : "Company profile saved.",
  }),
});
