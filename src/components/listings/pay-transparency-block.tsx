import { Card } from "@/components/ui";
import type { SalaryPeriod } from "@/generated/prisma/enums";
import { formatDate, isoDate, listText } from "@/lib/format";
import { evaluateListing } from "@/lib/pay-transparency";
import type { RegionInfo } from "@/server/listings/public";
import { FactList } from "./fact-list";

type Props = {
  worldwide: boolean;
  eligibleRegions: readonly string[];
  eligibleCountries: readonly string[];
  eligibleStates: readonly string[];
  eligibleProvinces: readonly string[];
  salaryMin: number;
  salaryMax: number;
  salaryCurrency: string;
  salaryPeriod: SalaryPeriod;
  benefits: string | null;
  applicationsCloseOn: Date | null;
  aiScreening: boolean | null;
  existingVacancy: boolean | null;
  salaryProvidedAt: Date | null;
  regions: ReadonlyMap<string, RegionInfo>;
};

const answer = (value: boolean | null, yes: string, no: string) => (value === null ? null : value ? yes : no);

/**
 * What candidates are told for pay transparency: the employer's answers (existing vacancy on every listing),
 * when the pay was stated, and which places' posting rules the listing meets, from the same table the form
 * enforces. A rule not yet in force is not listed.
 */
export function PayTransparencyBlock(props: Props) {
  const countries = [...props.eligibleCountries, ...props.eligibleRegions.flatMap((c) => props.regions.get(c)?.countries ?? [])];
  const results = evaluateListing(
    { ...props, countries, states: props.eligibleStates, provinces: props.eligibleProvinces },
    new Date(),
  ).filter((r) => r.inForce);
  const met = results.filter((r) => r.unmet.length === 0).map((r) => r.rule.place);
  const unmet = results.filter((r) => r.unmet.length > 0).map((r) => r.rule.place);

  const facts = [
    {
      label: "Existing vacancy",
      value:
        answer(props.existingVacancy, "Yes — someone held this role before.", "No — this is a new position.") ??
        "The employer has not said.",
    },
    ...(props.aiScreening === null
      ? []
      : [
          {
            label: "AI screening",
            value: props.aiScreening
              ? "Yes — AI is used to screen, assess or select applicants."
              : "No — people review every application.",
          },
        ]),
    ...(props.applicationsCloseOn
      ? [
          {
            label: "Applications close",
            value: <time dateTime={isoDate(props.applicationsCloseOn)}>{formatDate(props.applicationsCloseOn)}</time>,
          },
        ]
      : []),
    ...(props.salaryProvidedAt
      ? [
          {
            label: "Pay stated",
            value: (
              <>
                By the employer on <time dateTime={isoDate(props.salaryProvidedAt)}>{formatDate(props.salaryProvidedAt)}</time>
              </>
            ),
          },
        ]
      : []),
    ...(met.length > 0 ? [{ label: "Meets the posting rules of", value: listText(met) }] : []),
    ...(unmet.length > 0 ? [{ label: "Does not yet meet", value: listText(unmet) }] : []),
  ];

  return (
    <Card as="section" aria-labelledby="pay-transparency-heading">
      <h2 id="pay-transparency-heading" className="mb-4 text-sm font-semibold tracking-wide text-ink-muted uppercase">
        Pay transparency
      </h2>
      <FactList facts={facts} />
    </Card>
  );
}
