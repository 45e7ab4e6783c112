"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/form-state";
import { safeCallbackPath } from "@/lib/safe-redirect";
import { executeAction } from "@/server/action";
import { getActor } from "@/server/auth/session";
import { saveListingDefinition, unsaveListingDefinition } from "@/server/candidates/actions";

// The save toggle on listing pages and /account/saved: `intent` says which definition runs.

async function toggle(formData: FormData, returnTo: string): Promise<FormState> {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  const outcome =
    formData.get("intent") === "unsave"
      ? await executeAction(unsaveListingDefinition, actor, formData)
      : await executeAction(saveListingDefinition, actor, formData);
  if (outcome.ok) for (const path of outcome.revalidate) revalidatePath(path);
  return outcome.state;
}

/** A plain form (no JavaScript): goes back to `returnTo` afterwards, through sign-in when signed out. */
export async function toggleSavedListingForm(formData: FormData): Promise<void> {
  const returnTo = safeCallbackPath(formData.get("returnTo"), "/account/saved");
  await toggle(formData, returnTo);
  redirect(returnTo);
}

/** The scripted toggle: stays on the page and reads the answer. */
export async function toggleSavedListing(formData: FormData): Promise<FormState> {
  return toggle(formData, safeCallbackPath(formData.get("returnTo"), "/account/saved"));
}
