// When a benefits description says something. The laws ask for a "general description of benefits and
// other pay"; a slogan ("Competitive package!") describes nothing. The testable rule: at least
// MIN_WORDS words, of which at least MIN_CONCRETE distinct words are neither filler nor praise (the
// GENERIC list). "Health insurance, 30 days of paid leave, 401(k) match" passes; "Great perks and a
// competitive benefits package" does not.

export const MIN_WORDS = 5;
export const MIN_CONCRETE = 3;

// Praise, filler and the word "benefits" itself: none of them names a benefit.
const GENERIC = new Set(
  (
    "a an and or the of for to in on at with our your we you us is are be will all any very more most plus " +
    "great good best amazing awesome excellent attractive generous competitive fantastic exciting fun nice " +
    "top market leading world class industry standard comprehensive full range lots many plenty various " +
    "benefit benefits package packages perk perks compensation offer offers offered culture environment " +
    "team company other others etc stuff things much more available rewarding incredible outstanding"
  ).split(" "),
);

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’()-]*/gu) ?? [];
}

/** True when the text names concrete benefits, by the rule above. */
export function describesBenefits(text: string | null | undefined): boolean {
  if (!text) return false;
  const all = words(text);
  if (all.length < MIN_WORDS) return false;
  const concrete = new Set(all.filter((w) => !GENERIC.has(w)));
  return concrete.size >= MIN_CONCRETE;
}
