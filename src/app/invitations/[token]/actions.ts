"use server";

import { createAction } from "@/server/action";
import { acceptInvitationDefinition } from "@/server/companies/actions";

export const acceptInvitationAction = createAction(acceptInvitationDefinition);
