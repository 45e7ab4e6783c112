"use server";

import { createAction } from "@/server/action";
import {
  confirmVerificationDefinition,
  removeCompanyLogoDefinition,
  requestVerificationDefinition,
  updateCompanyDefinition,
  uploadCompanyLogoDefinition,
} from "@/server/companies/actions";

export const updateCompanyAction = createAction(updateCompanyDefinition);
export const uploadCompanyLogoAction = createAction(uploadCompanyLogoDefinition);
export const removeCompanyLogoAction = createAction(removeCompanyLogoDefinition);
export const requestVerificationAction = createAction(requestVerificationDefinition);
export const confirmVerificationAction = createAction(confirmVerificationDefinition);
