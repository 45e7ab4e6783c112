"use server";

import { createAction } from "@/server/action";
import { submitListingDefinition } from "@/server/listings/actions";

export const submitListing = createAction(submitListingDefinition);
