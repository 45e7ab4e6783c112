"use server";

import { createAction } from "@/server/action";
import { reportListingDefinition } from "@/server/reports/actions";

export const reportListingAction = createAction(reportListingDefinition);
