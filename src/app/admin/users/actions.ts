"use server";

import { createAction } from "@/server/action";
import {
  changeRoleDefinition,
  restoreCompanyDefinition,
  restoreUserDefinition,
  suspendCompanyDefinition,
  suspendUserDefinition,
} from "@/server/moderation/actions";

export const suspendUserAction = createAction(suspendUserDefinition);
export const restoreUserAction = createAction(restoreUserDefinition);
export const changeRoleAction = createAction(changeRoleDefinition);
export const suspendCompanyAction = createAction(suspendCompanyDefinition);
export const restoreCompanyAction = createAction(restoreCompanyDefinition);
