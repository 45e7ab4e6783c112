"use server";

import { createAction } from "@/server/action";
import {
  closeListingDefinition,
  confirmListingDefinition,
  deleteDraftDefinition,
  duplicateListingDefinition,
  editListingDefinition,
  renewListingDefinition,
} from "@/server/listings/employer-actions";

export const editListingAction = createAction(editListingDefinition);
export const closeListingAction = createAction(closeListingDefinition);
export const renewListingAction = createAction(renewListingDefinition);
export const confirmListingAction = createAction(confirmListingDefinition);
export const duplicateListingAction = createAction(duplicateListingDefinition);
export const deleteDraftAction = createAction(deleteDraftDefinition);
