"use server";

import { createAction } from "@/server/action";
import { changePasswordDefinition, signOutEverywhereDefinition, signOutSessionDefinition } from "@/server/auth/actions";

export const changePassword = createAction(changePasswordDefinition);
export const signOutSession = createAction(signOutSessionDefinition);
export const signOutEverywhere = createAction(signOutEverywhereDefinition);
