"use server";

import { createAction } from "@/server/action";
import {
  addApplicationNoteDefinition,
  moveApplicantDefinition,
  moveApplicantsDefinition,
  rateApplicationDefinition,
} from "@/server/applications/pipeline-actions";

export const moveApplicantsAction = createAction(moveApplicantsDefinition);
export const moveApplicantAction = createAction(moveApplicantDefinition);
export const addApplicationNoteAction = createAction(addApplicationNoteDefinition);
export const rateApplicationAction = createAction(rateApplicationDefinition);
