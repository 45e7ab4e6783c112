"use server";

import { createAction } from "@/server/action";
import { unsubscribeDefinition } from "@/server/mail/actions";

export const unsubscribeAction = createAction(unsubscribeDefinition);
