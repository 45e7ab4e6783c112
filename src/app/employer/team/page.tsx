import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Badge, Card, FormMessage, PageHeader } from "@/components/ui";
import { formatDate, isoDate } from "@/lib/format";
import { pageActor } from "@/server/auth/page-actor";
import { getTeam } from "@/server/companies/team";
import { InviteForm, MemberControls, RevokeInvitationForm } from "./team-forms";

export const metadata: Metadata = { title: "Team" };

export default async function TeamPage({ searchParams }: PageProps<"/employer/team">) {
  const actor = await pageActor("EMPLOYER", "/employer/team");
  if (!actor) return null;
  const [team, { joined }] = await Promise.all([getTeam(actor), searchParams]);
  if (!team) notFound();
  const isOwner = team.role === "OWNER";

  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title="Team"
        description={
          isOwner
            ? "Everyone who posts roles and follows applicants for your company. Owners also manage the profile and the team."
            : "Everyone who posts roles and follows applicants for your company. Only owners change the team."
        }
      />
      {joined ? <FormMessage tone="success">Welcome to the team.</FormMessage> : null}

      <section aria-labelledby="members-heading" className="flex flex-col gap-3">
        <h2 id="members-heading" className="text-xl font-semibold text-ink">
          Members ({team.members.length})
        </h2>
        <ul className="flex flex-col gap-3">
          {team.members.map((m) => (
            <li key={m.id}>
              <Card padding="sm" className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
                <div className="min-w-0">
                  <p className="font-semibold text-ink">
                    {m.user.name}
                    {m.isYou ? <span className="font-normal text-ink-muted"> (you)</span> : null}
                  </p>
                  <p className="text-sm break-all text-ink-muted">{m.user.email}</p>
                  <p className="mt-1 flex items-center gap-2 text-sm text-ink-muted">
                    <Badge tone={m.role === "OWNER" ? "accent" : "neutral"}>{m.role === "OWNER" ? "Owner" : "Recruiter"}</Badge>
                    since <time dateTime={isoDate(m.createdAt)}>{formatDate(m.createdAt)}</time>
                  </p>
                </div>
                {isOwner ? <MemberControls memberId={m.id} name={m.user.name} role={m.role} isYou={m.isYou} /> : null}
              </Card>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="invitations-heading" className="flex flex-col gap-3">
        <h2 id="invitations-heading" className="text-xl font-semibold text-ink">
          Invitations
        </h2>
        {team.invitations.length === 0 ? (
          <p className="text-sm text-ink-muted">No invitations waiting for an answer.</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {team.invitations.map((i) => (
              <li key={i.id}>
                <Card padding="sm" className="flex flex-wrap items-center justify-between gap-3">
                  <div className="min-w-0 text-sm">
                    <p className="font-medium break-all text-ink">{i.email}</p>
                    <p className="text-ink-muted">
                      {i.role === "OWNER" ? "Owner" : "Recruiter"} ·{" "}
                      {i.expired ? (
                        <>expired — invite again to send a new link</>
                      ) : (
                        <>
                          link valid until <time dateTime={i.expiresAt.toISOString()}>{formatDate(i.expiresAt)}</time>
                        </>
                      )}
                    </p>
                  </div>
                  {isOwner ? <RevokeInvitationForm invitationId={i.id} email={i.email} /> : null}
                </Card>
              </li>
            ))}
          </ul>
        )}
        {isOwner ? (
          <Card as="section" aria-labelledby="invite-heading" className="flex flex-col gap-3">
            <h3 id="invite-heading" className="font-semibold text-ink">
              Invite someone
            </h3>
            <p className="text-sm text-ink-muted">
              They get a link by mail that works once, for 7 days, for an employer account with that address.
            </p>
            <InviteForm />
          </Card>
        ) : null}
      </section>
    </div>
  );
}
