"use server";

import { createAction } from "@/server/action";
import { deleteAccountDefinition } from "@/server/your-data/actions";

export const deleteAccount = createAction(deleteAccountDefinition);
