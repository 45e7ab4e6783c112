"use server";

import { createAction } from "@/server/action";
import { approveEditDefinition, rejectEditDefinition } from "@/server/listings/edit-review-actions";

export const approveEditAction = createAction(approveEditDefinition);
export const rejectEditAction = createAction(rejectEditDefinition);
