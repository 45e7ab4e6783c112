import type { ReactNode } from "react";
import { EligibilityBlock } from "@/components/listings/eligibility-block";
import { PaySummary } from "@/components/listings/pay-summary";
import { PayTransparencyBlock } from "@/components/listings/pay-transparency-block";
import { PlainText } from "@/components/listings/plain-text";
import { RoleAtAGlance } from "@/components/listings/role-at-a-glance";
import { SkillTags } from "@/components/listings/skill-tags";
import type { PublicListingDetail, RegionInfo } from "@/server/listings/public";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="text-xl font-semibold text-ink">
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * A listing's substance — pay, eligibility, text, skills, benefits — as candidates and moderators read it.
 * `afterPay` is shown right below the pay (the public page puts the band position there).
 */
export function ListingBody({
  listing,
  regions,
  afterPay,
}: {
  listing: PublicListingDetail;
  regions: Map<string, RegionInfo>;
  afterPay?: ReactNode;
}) {
  return (
    <div className="flex min-w-0 flex-col gap-8">
      <PaySummary {...listing} />
      {afterPay}
      <EligibilityBlock {...listing} regions={regions} />
      <RoleAtAGlance facts={listing} />

      <Section id="about-heading" title="About the role">
        <PlainText text={listing.description} className="max-w-prose" />
      </Section>

      {listing.skills.length > 0 ? (
        <Section id="skills-heading" title="Skills">
          <SkillTags skills={listing.skills.map((s) => s.skill)} />
        </Section>
      ) : null}

      {listing.benefits ? (
        <Section id="benefits-heading" title="Benefits">
          <PlainText text={listing.benefits} className="max-w-prose" />
        </Section>
      ) : null}

      <PayTransparencyBlock {...listing} regions={regions} />
    </div>
  );
}
