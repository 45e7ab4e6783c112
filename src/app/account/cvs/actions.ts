"use server";

import { createAction } from "@/server/action";
import { deleteCvDefinition, uploadCvDefinition } from "@/server/documents/actions";

export const uploadCvAction = createAction(uploadCvDefinition);
export const deleteCvAction = createAction(deleteCvDefinition);
