"use server";

import { createAction } from "@/server/action";
import { resolveReportsDefinition } from "@/server/reports/actions";

export const resolveReportsAction = createAction(resolveReportsDefinition);
