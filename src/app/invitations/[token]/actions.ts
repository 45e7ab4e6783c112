"use server";

import { createAction } from "@/server/action";
import { acceptInvitationDefinition, invitationSignUpDefinition } from "@/server/companies/actions";

export const acceptInvitationAction = createAction(acceptInvitationDefinition);
export const invitationSignUpAction = createAction(invitationSignUpDefinition);
