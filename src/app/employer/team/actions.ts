"use server";

import { createAction } from "@/server/action";
import {
  changeMemberRoleDefinition,
  inviteMemberDefinition,
  removeMemberDefinition,
  revokeInvitationDefinition,
  transferOwnershipDefinition,
} from "@/server/companies/actions";

export const inviteMemberAction = createAction(inviteMemberDefinition);
export const revokeInvitationAction = createAction(revokeInvitationDefinition);
export const changeMemberRoleAction = createAction(changeMemberRoleDefinition);
export const removeMemberAction = createAction(removeMemberDefinition);
export const transferOwnershipAction = createAction(transferOwnershipDefinition);
