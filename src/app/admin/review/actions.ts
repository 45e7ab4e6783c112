"use server";

import { createAction } from "@/server/action";
import { approveListingDefinition, decideListingsDefinition, rejectListingDefinition } from "@/server/moderation/actions";

export const approveListingAction = createAction(approveListingDefinition);
export const rejectListingAction = createAction(rejectListingDefinition);
export const decideListingsAction = createAction(decideListingsDefinition);
