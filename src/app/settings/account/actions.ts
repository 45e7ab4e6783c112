"use server";

import { createAction } from "@/server/action";
import { changeEmailDefinition } from "@/server/your-data/actions";

export const changeEmail = createAction(changeEmailDefinition);
