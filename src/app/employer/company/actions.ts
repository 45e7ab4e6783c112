"use server";

import { createAction } from "@/server/action";
import { updateCompanyDefinition } from "@/server/companies/actions";

export const updateCompanyAction = createAction(updateCompanyDefinition);
