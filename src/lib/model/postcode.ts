/**
 * Polling-station names in EML 510b carry the postcode of the location, "(postcode: 9461 BH)" or
 * "(postcode: 9461BH)". Dutch postcodes are 4 digits (first not 0) and 2 letters (not SA, SD, SS).
 */
const POSTCODE_IN_NAME = /\(postcode:\s*([1-9]\d{3})\s?([A-Za-z]{2})\s*\)/;

/** Returns the normalized postcode "9461 BH", or undefined. */
export function postcodeFromName(name: string): string | undefined {
  const m = POSTCODE_IN_NAME.exec(name);
  if (!m) return undefined;
  return `${m[1]} ${m[2]!.toUpperCase()}`;
}

/** Normalizes "9461bh", "9461 BH" to "9461 BH"; returns undefined for anything else (e.g. "-1"). */
export function normalizePostcode(value: string): string | undefined {
  const m = /^\s*([1-9]\d{3})\s?([A-Za-z]{2})\s*$/.exec(value);
  return m ? `${m[1]} ${m[2]!.toUpperCase()}` : undefined;
}
