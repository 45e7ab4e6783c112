import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge, Card, PageHeader } from "@/components/ui";
import { formatDate } from "@/lib/format";
import { valueWords } from "@/lib/listing-diff-words";
import { idSchema } from "@/lib/schemas/ids";
import { pageActor } from "@/server/auth/page-actor";
import { getEditForReview } from "@/server/listings/published-edits";
import { DuplicateMatches } from "../../duplicate-matches";
import { EditDecision } from "../edit-decision";

export const metadata: Metadata = { title: "Review an edit" };

function Values({ field, values }: { field: string; values: string[] }) {
  const { stated, text } = valueWords(field, values);
  if (!stated) return <span className="text-ink-muted">{text}</span>;
  return <span className="whitespace-pre-line break-words">{text}</span>;
}

/** The edit of a published listing, field by field: what candidates read now, and what the employer wants. */
export default async function EditReviewPage({ params }: PageProps<"/admin/review/edits/[id]">) {
  const { id } = await params;
  const actor = await pageActor("ADMIN", `/admin/review/edits/${id}`);
  if (!actor) return null;
  const parsed = idSchema.safeParse(id);
  if (!parsed.success) notFound();
  const edit = (await getEditForReview(actor, parsed.data)) ?? notFound();

  return (
    <div className="flex flex-col gap-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link className="link" href="/admin/review/edits">
          Edits to review
        </Link>
      </nav>
      <PageHeader
        title={edit.title}
        description={`${edit.companyName} · edit sent ${formatDate(edit.pendingEditAt)}`}
        actions={
          <Link className="link text-sm" href={`/jobs/${edit.slug}`}>
            The live listing
          </Link>
        }
      />
      {/* Narrow enough for a phone's width: a wider floor hid the "After the edit" column off-screen there. */}
      <div className="overflow-x-auto">
        <table className="w-full min-w-[20rem] border-collapse text-left text-sm">
          <caption className="sr-only">Fields the edit changes</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-4 font-semibold">
                Field
              </th>
              <th scope="col" className="py-2 pr-4 font-semibold">
                Live now
              </th>
              <th scope="col" className="py-2 font-semibold">
                After the edit
              </th>
            </tr>
          </thead>
          <tbody>
            {edit.changes.map((change) => (
              <tr key={change.name} className="border-b border-line align-top">
                <th scope="row" className="py-2 pr-4 font-medium">
                  {change.label} {change.material ? null : <Badge tone="neutral">minor</Badge>}
                </th>
                <td className="py-2 pr-4">
                  <Values field={change.name} values={change.before} />
                </td>
                <td className="py-2">
                  <Values field={change.name} values={change.after} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-label="Near-duplicates of the edit" className="flex flex-col gap-2">
        {!edit.duplicateCheckPending && edit.matches.length === 0 ? (
          <p className="text-sm text-ink-muted">No near-copies of the edited listing found.</p>
        ) : null}
        <DuplicateMatches pending={edit.duplicateCheckPending} matches={edit.matches} open />
      </section>
      <Card>
        <EditDecision listingId={edit.id} version={edit.pendingEditAt.getTime()} title={edit.title} />
      </Card>
    </div>
  );
}
