"use server";

import { createAction } from "@/server/action";
import { submitListingDefinition } from "@/server/listings/submit-listing";

export const submitListing = createAction(submitListingDefinition);
