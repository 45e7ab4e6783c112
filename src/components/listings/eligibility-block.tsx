import { Card } from "@/components/ui";
import type { EngagementModel, VisaPolicy } from "@/generated/prisma/enums";
import { countryName } from "@/lib/countries";
import { subdivisionName } from "@/lib/pay-transparency";
import { listText, plural } from "@/lib/format";
import { engagementModelDescription, engagementModelLabel, visaPolicyLabel } from "@/lib/labels";
import { overlapText, windowText, type TimezoneWindow } from "@/lib/timezones";
import type { RegionInfo } from "@/server/listings/public";
import { FactList } from "./fact-list";

type Props = TimezoneWindow & {
  worldwide: boolean;
  eligibleRegions: readonly string[];
  eligibleCountries: readonly string[];
  /** Limits within the US and Canada; empty means the whole country. */
  eligibleStates?: readonly string[];
  eligibleProvinces?: readonly string[];
  visaPolicy: VisaPolicy;
  engagementModel: EngagementModel;
  regions: ReadonlyMap<string, RegionInfo>;
};

function Limits({ states = [], provinces = [] }: { states?: readonly string[]; provinces?: readonly string[] }) {
  if (states.length === 0 && provinces.length === 0) return null;
  return (
    <>
      {states.length > 0 ? <li>Within the United States, only: {listText(states.map(subdivisionName))}</li> : null}
      {provinces.length > 0 ? <li>Within Canada, only: {listText(provinces.map(subdivisionName))}</li> : null}
    </>
  );
}

function WhoCanApply({ worldwide, eligibleRegions, eligibleCountries, eligibleStates, eligibleProvinces, regions }: Props) {
  if (worldwide) return <p className="font-medium">Worldwide — candidates in any country.</p>;
  return (
    <ul className="flex flex-col gap-2">
      {eligibleRegions.map((code) => {
        const region = regions.get(code);
        if (!region) return <li key={code}>{code.toUpperCase()}</li>;
        return (
          <li key={code}>
            {/* The member countries stay one click away, readable without JavaScript. */}
            <details>
              <summary className="rounded-sm font-medium">
                {region.name}{" "}
                <span className="font-normal text-ink-muted">({plural(region.countries.length, "country", "countries")})</span>
              </summary>
              <p className="mt-1 text-sm text-ink-muted">{listText(region.countries.map(countryName))}</p>
            </details>
          </li>
        );
      })}
      {eligibleCountries.length > 0 ? (
        <li>
          <span className="font-medium">{listText(eligibleCountries.map(countryName))}</span>
        </li>
      ) : null}
      <Limits states={eligibleStates} provinces={eligibleProvinces} />
    </ul>
  );
}

function WorkingHours(props: TimezoneWindow) {
  const window = windowText(props);
  if (!window) return <p>Any timezone: no fixed working window.</p>;
  const overlap = overlapText(props);
  return (
    <p>
      <span className="font-medium">{window}</span>
      {overlap ? <span className="text-ink-muted"> — {overlap} required</span> : null}
    </p>
  );
}

/** Who may apply, from where, when they work and how they are engaged — all structured fields. */
export function EligibilityBlock(props: Props) {
  return (
    <Card as="section" aria-labelledby="eligibility-heading">
      <h2 id="eligibility-heading" className="mb-4 text-sm font-semibold tracking-wide text-ink-muted uppercase">
        Remote eligibility
      </h2>
      <FactList
        facts={[
          { label: "Who can apply", value: <WhoCanApply {...props} /> },
          { label: "Working hours", value: <WorkingHours {...props} /> },
          { label: "Work authorisation", value: visaPolicyLabel[props.visaPolicy] },
          {
            label: "Engagement",
            value: (
              <>
                <span className="font-medium">{engagementModelLabel[props.engagementModel]}.</span>{" "}
                <span className="text-ink-muted">{engagementModelDescription[props.engagementModel]}</span>
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}
