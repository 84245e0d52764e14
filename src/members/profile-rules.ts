// Validation of what members type about themselves. Pure functions: they return the name of
// the problem, and the flows turn it into a message from locales/.

export const FULL_NAME_MAX = 100;
export const POSITION_MAX = 100;
export const AGENCY_QUERY_MAX = 60;

export type FullNameProblem = "too_short" | "too_long" | "invalid_characters";

/** Names with academic titles are common: "Dr. Ir. Siti Rahayu, M.Kom." */
export function checkFullName(text: string): FullNameProblem | null {
  const name = text.replace(/\s+/g, " ").trim();
  if (name.length > FULL_NAME_MAX) return "too_long";
  if ((name.match(/\p{L}/gu) ?? []).length < 3) return "too_short";
  if (!/^[\p{L}\p{M} .,'’()-]+$/u.test(name)) return "invalid_characters";
  return null;
}

export type PositionProblem = "too_short" | "too_long";

export function checkPosition(text: string): PositionProblem | null {
  const position = text.replace(/\s+/g, " ").trim();
  if (position.length > POSITION_MAX) return "too_long";
  if ((position.match(/\p{L}/gu) ?? []).length < 2) return "too_short";
  return null;
}

export function tidyText(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Telegram shares numbers with or without "+"; store them as +62... */
export function normalizePhone(phone: string): string {
  const digits = phone.replace(/[^\d]/g, "");
  if (digits.startsWith("0")) return `+62${digits.slice(1)}`;
  return `+${digits}`;
}

/** "+6281234567890" -> "+62812****7890", for anyone but the member and the secretariat. */
export function maskPhone(phone: string): string {
  return phone.length <= 8 ? "****" : `${phone.slice(0, 6)}****${phone.slice(-4)}`;
}
