"use server";

import { createAction } from "@/server/action";
import { approveListingDefinition, rejectListingDefinition } from "@/server/moderation/actions";

export const approveListingAction = createAction(approveListingDefinition);
export const rejectListingAction = createAction(rejectListingDefinition);
