"use server";

import { createAction } from "@/server/action";
import { applyDefinition, editCoverNoteDefinition, withdrawApplicationDefinition } from "@/server/applications/actions";

export const applyAction = createAction(applyDefinition);
export const withdrawApplicationAction = createAction(withdrawApplicationDefinition);
export const editCoverNoteAction = createAction(editCoverNoteDefinition);
