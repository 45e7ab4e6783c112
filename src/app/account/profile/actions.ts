"use server";

import { createAction } from "@/server/action";
import { saveProfileDefinition } from "@/server/candidates/actions";

export const saveProfileAction = createAction(saveProfileDefinition);
