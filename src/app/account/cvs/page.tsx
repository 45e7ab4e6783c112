import type { Metadata } from "next";
import { Card, EmptyState, FormMessage, PageHeader } from "@/components/ui";
import { formatDate, isoDate, plural } from "@/lib/format";
import { pageActor } from "@/server/auth/page-actor";
import { MAX_CVS, listOwnCvs } from "@/server/documents/cvs";
import { DeleteCvForm, UploadCvForm } from "./cv-forms";

export const metadata: Metadata = { title: "My CVs", robots: { index: false, follow: false } };

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export default async function MyCvsPage() {
  const actor = await pageActor("CANDIDATE", "/account/cvs");
  if (!actor) return null;
  const cvs = await listOwnCvs(actor);
  const full = cvs.length >= MAX_CVS;
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <PageHeader
        title="My CVs"
        description={`Keep up to ${MAX_CVS} CVs and choose one each time you apply. Deleting a CV removes it from this list; a copy you already sent with an application stays with that application.`}
      />
      <Card>
        <section aria-labelledby="upload-heading" className="space-y-4">
          <h2 id="upload-heading" className="text-lg font-semibold text-ink">
            Upload a CV
          </h2>
          {full ? (
            <FormMessage tone="info">
              You keep {MAX_CVS} CVs, the most Backplane holds. Delete one below to upload another.
            </FormMessage>
          ) : (
            <UploadCvForm />
          )}
        </section>
      </Card>
      <section aria-labelledby="cvs-heading" className="space-y-3">
        <h2 id="cvs-heading" className="text-lg font-semibold text-ink">
          Your CVs ({cvs.length} of {MAX_CVS})
        </h2>
        {cvs.length === 0 ? (
          <EmptyState
            headingLevel="h3"
            title="No CVs yet"
            description="Upload the PDF of your CV above; you can then attach it when you apply."
          />
        ) : (
          <ul className="flex flex-col gap-3">
            {cvs.map((cv) => (
              <li key={cv.id}>
                <Card padding="sm" className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
                  <div className="min-w-0">
                    <a className="link font-medium break-all" href={`/documents/${cv.id}`}>
                      {cv.filename}
                    </a>
                    <p className="text-sm text-ink-muted">
                      {size(cv.byteSize)} · uploaded <time dateTime={isoDate(cv.createdAt)}>{formatDate(cv.createdAt)}</time>
                      {cv._count.applications > 0
                        ? ` · sent with ${plural(cv._count.applications, "application")}; those copies stay if you delete it`
                        : null}
                    </p>
                  </div>
                  <DeleteCvForm documentId={cv.id} filename={cv.filename} />
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
