"use server";

import { createAction } from "@/server/action";
import { applyDefinition } from "@/server/applications/definitions";

export const applyAction = createAction(applyDefinition);
