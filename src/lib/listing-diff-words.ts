import { engagementModelLabel, salaryPeriodLabel, visaPolicyLabel } from "@/lib/labels";
import {
  NOT_STATED,
  decisionStyleLabel,
  interviewStagesText,
  listingFactsSelect,
  onCallKindLabel,
  ownershipKindLabel,
  scaleDataVolumeLabel,
  scalePeakRpsLabel,
  scaleServicesLabel,
  systemDesignRoundText,
  takeHomeKindLabel,
} from "@/lib/listing-facts";
import { listingFactFields } from "@/lib/schemas/listing-facts";

// A changed field's values (src/lib/listing-diff.ts) in the words candidates read on the listing page,
// not the form's enum names, so the moderator reviewing an edit judges what would be published.

/** Per field, a form value's wording; a value missing here (a name, free text, a number) is shown as sent. */
const wordings: Partial<Record<string, Record<string, string>>> = {
  worldwide: { on: "Yes" },
  visaPolicy: visaPolicyLabel,
  engagementModel: engagementModelLabel,
  salaryPeriod: salaryPeriodLabel,
  scalePeakRps: scalePeakRpsLabel,
  scaleDataVolume: scaleDataVolumeLabel,
  scaleServices: scaleServicesLabel,
  ownershipKind: ownershipKindLabel,
  onCall: onCallKindLabel,
  takeHome: takeHomeKindLabel,
  systemDesignRound: { yes: systemDesignRoundText(true), no: systemDesignRoundText(false) },
  decisionStyles: decisionStyleLabel,
};

export type ValueWords = { stated: boolean; text: string };

/** One side of a field change: its values as one line of words, or how the absence of a value reads. */
export function valueWords(field: string, values: string[]): ValueWords {
  const isFact = Object.hasOwn(listingFactsSelect, field);
  if (values.length === 0) return { stated: false, text: isFact ? NOT_STATED : "(none)" };
  if (field === "interviewStages") {
    // A text area, a stage per line: read as the form's schema stores it, shown as the glance block does.
    const stages = listingFactFields.interviewStages.safeParse(values[0]);
    if (stages.success) return { stated: true, text: interviewStagesText(stages.data) ?? NOT_STATED };
  }
  const wording = wordings[field];
  const words = values.map((v) => (wording && Object.hasOwn(wording, v) ? wording[v] : v));
  return { stated: true, text: words.join(", ") };
}
