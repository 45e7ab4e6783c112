// Lifecycle constants shared by moderation, the employer dashboard and the public pages.
export const LISTING_LIFETIME_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export function expiryFrom(confirmedAt: Date): Date {
  return new Date(confirmedAt.getTime() + LISTING_LIFETIME_DAYS * DAY_MS);
}
