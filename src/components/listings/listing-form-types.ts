// What the posting form offers, loaded by the server page from the vocabulary tables.
export type ListingFormChoices = {
  levels: { id: string; name: string }[];
  regions: { code: string; name: string; countries: string[] }[];
  skillGroups: { category: string; label: string; skills: { id: string; name: string }[] }[];
  currencies: { code: string; label: string }[];
  /** The server's day (YYYY-MM-DD): pay-transparency rules take effect on dates. */
  today: string;
};
