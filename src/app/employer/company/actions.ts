"use server";

import { createAction } from "@/server/action";
import {
  confirmVerificationDefinition,
  requestVerificationDefinition,
  updateCompanyDefinition,
} from "@/server/companies/actions";

export const updateCompanyAction = createAction(updateCompanyDefinition);
export const requestVerificationAction = createAction(requestVerificationDefinition);
export const confirmVerificationAction = createAction(confirmVerificationDefinition);
