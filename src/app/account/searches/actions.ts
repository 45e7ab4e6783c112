"use server";

import { createAction } from "@/server/action";
import {
  createSavedSearchDefinition,
  deleteSavedSearchDefinition,
  updateSavedSearchDefinition,
} from "@/server/candidates/actions";

export const createSavedSearchAction = createAction(createSavedSearchDefinition);
export const updateSavedSearchAction = createAction(updateSavedSearchDefinition);
export const deleteSavedSearchAction = createAction(deleteSavedSearchDefinition);
