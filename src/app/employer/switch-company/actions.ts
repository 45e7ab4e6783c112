"use server";

import { createAction } from "@/server/action";
import { switchCompanyDefinition } from "@/server/companies/actions";

export const switchCompanyAction = createAction(switchCompanyDefinition);
