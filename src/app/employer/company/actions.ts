"use server";

import { createAction } from "@/server/action";
import { removeCompanyLogoDefinition, updateCompanyDefinition, uploadCompanyLogoDefinition } from "@/server/companies/actions";

export const updateCompanyAction = createAction(updateCompanyDefinition);
export const uploadCompanyLogoAction = createAction(uploadCompanyLogoDefinition);
export const removeCompanyLogoAction = createAction(removeCompanyLogoDefinition);
