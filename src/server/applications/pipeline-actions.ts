import "server-only";
import { applicationNoteSchema, moveApplicantSchema, moveApplicantsSchema, rateApplicationSchema } from "@/lib/schemas/pipeline";
import { defineAction } from "@/server/action";
import { addApplicationNote, moveApplicant, moveApplicants, rateApplication } from "@/server/applications/pipeline";

// The company's side of an application, kept out of the "use server" modules so tests run them through
// executeAction. The candidate's side (applying, withdrawing) is in ./actions.ts.

const plural = (n: number) => `${n} applicant${n === 1 ? "" : "s"}`;

export const moveApplicantsDefinition = defineAction({
  roles: ["EMPLOYER"],
  schema: moveApplicantsSchema,
  run: (input, actor) => moveApplicants(actor, input),
  after: (result) => ({
    revalidate: [`/employer/listings/${result.listingId}`],
    message:
      result.unchanged === 0
        ? `Moved ${plural(result.moved)}.`
        : `Moved ${plural(result.moved)}; ${result.unchanged} unchanged (already there, or a stage they cannot move to from where they are).`,
  }),
});

export const moveApplicantDefinition = defineAction({
  roles: ["EMPLOYER"],
  schema: moveApplicantSchema,
  run: (input, actor) => moveApplicant(actor, input),
  after: (moved) => ({
    revalidate: [`/employer/listings/${moved.listingId}`, `/employer/applications/${moved.id}`],
    message: "Moved.",
  }),
});

export const addApplicationNoteDefinition = defineAction({
  roles: ["EMPLOYER"],
  schema: applicationNoteSchema,
  run: (input, actor) => addApplicationNote(actor, input),
  after: (note) => ({ revalidate: [`/employer/applications/${note.applicationId}`], message: "Note added." }),
});

export const rateApplicationDefinition = defineAction({
  roles: ["EMPLOYER"],
  schema: rateApplicationSchema,
  run: (input, actor) => rateApplication(actor, input),
  after: (result) => ({
    revalidate: [`/employer/applications/${result.applicationId}`],
    message: result.rating === null ? "Rating cleared." : `Rated ${result.rating} of 5.`,
  }),
});
