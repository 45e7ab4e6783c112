"use server";

import { createAction } from "@/server/action";
import { sendPreviewsDefinition } from "@/server/mail/actions";

export const sendPreviewsAction = createAction(sendPreviewsDefinition);
