"use server";

import { createAction } from "@/server/action";
import { savePreferencesDefinition } from "@/server/mail/actions";

export const savePreferencesAction = createAction(savePreferencesDefinition);
