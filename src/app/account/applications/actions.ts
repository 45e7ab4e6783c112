"use server";

import { createAction } from "@/server/action";
import { applyDefinition } from "@/server/applications/actions";

export const applyAction = createAction(applyDefinition);
