// Reasons moderators give most often, offered beside the free text when rejecting (the employer reads
// the preset's text, then anything the moderator adds). Shared by the forms (client) and the schema.

export const REJECT_PRESETS = {
  "pay-range": "The pay must be a real range with a minimum and a maximum, for the whole role.",
  "not-remote": "The role must be fully remote; the description asks for office days or relocation.",
  eligibility: "Say where candidates may live and work from, and keep it consistent with the description.",
  "outside-apply": "Applications must go through Backplane, not an outside form, mail address or chat.",
  duplicate: "This repeats a listing that is already on the board or waiting for review.",
} as const;

export type RejectPreset = keyof typeof REJECT_PRESETS;
export const REJECT_PRESET_KEYS = Object.keys(REJECT_PRESETS) as [RejectPreset, ...RejectPreset[]];

export const REJECT_PRESET_LABELS: Record<RejectPreset, string> = {
  "pay-range": "Pay is not a real range",
  "not-remote": "Not fully remote",
  eligibility: "Unclear where candidates may work from",
  "outside-apply": "Applying happens outside Backplane",
  duplicate: "Duplicate listing",
};
