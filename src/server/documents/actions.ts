import "server-only";
import { deleteCvSchema, uploadCvSchema } from "@/lib/schemas/documents";
import { defineAction } from "@/server/action";
import { consumeRateLimit } from "@/server/auth/rate-limit";
import { deleteCv, uploadCv } from "@/server/documents/cvs";

// Kept out of the "use server" module (src/app/account/cvs/actions.ts) so tests run them through executeAction.
export const uploadCvDefinition = defineAction({
  roles: ["CANDIDATE"],
  schema: uploadCvSchema,
  run: async (input, actor) => {
    // Each upload is up to 5 MB written to storage: plenty for real use, not a disk-filling loop.
    await consumeRateLimit(`cv-upload:${actor.id}`, 30, 60 * 60 * 1000);
    return uploadCv(actor, input.file);
  },
  after: (cv) => ({ revalidate: ["/account/cvs"], message: `Uploaded “${cv.filename}”.` }),
});

export const deleteCvDefinition = defineAction({
  roles: ["CANDIDATE"],
  schema: deleteCvSchema,
  run: (input, actor) => deleteCv(actor, input.documentId),
  after: (result) => ({
    revalidate: ["/account/cvs"],
    message:
      result.keptForApplications > 0 ? "CV deleted. The copy you sent with your applications stays with them." : "CV deleted.",
  }),
});
