"use server";

import { createAction } from "@/server/action";
import { confirmStillOpenDefinition } from "@/server/listings/actions";

export const confirmStillOpenAction = createAction(confirmStillOpenDefinition);
