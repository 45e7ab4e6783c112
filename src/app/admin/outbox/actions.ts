"use server";

import { createAction } from "@/server/action";
import { retryParkedMailDefinition } from "@/server/mail/actions";

export const retryParkedMailAction = createAction(retryParkedMailDefinition);
