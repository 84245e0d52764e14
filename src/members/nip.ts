/**
 * Validation of the Indonesian civil servant number (NIP, Nomor Induk Pegawai).
 *
 * A NIP has 18 digits:
 *   yyyymmdd  birth date
 *   yyyymm    TMT (terhitung mulai tanggal, start of service)
 *   g         gender (1 = male, 2 = female)
 *   nnn       serial number
 *
 * It is commonly written grouped, e.g. "19850312 201001 1 003".
 *
 * Government employees with a work agreement (PPPK) have an NI PPPK of the same length, where the
 * TMT month is replaced by the code "21": yyyymmdd birth date, yyyy year of appointment, "21",
 * gender, serial ("19900101 202221 1 001"). Months only run to 12, so the two never collide.
 */

export type NipGender = "male" | "female";

/** "pns": a civil servant's NIP; "pppk": an NI PPPK (Nomor Induk PPPK). */
export type NipKind = "pns" | "pppk";

export type NipFailureReason = "format" | "length" | "birth_date" | "tmt" | "gender" | "serial";

export interface NipBirthDate {
  year: number;
  month: number;
  day: number;
}

export interface NipTmt {
  year: number;
  month: number;
}

export type NipValidationResult =
  | { ok: true; nip: string; kind: NipKind; birthDate: NipBirthDate; tmt: NipTmt; gender: NipGender }
  | { ok: false; reason: NipFailureReason };

export const NIP_LENGTH = 18;
export const NIP_MIN_BIRTH_YEAR = 1940;
export const NIP_MIN_AGE = 17;
export const NIP_MAX_AGE = 70;
export const NIP_MIN_TMT_YEAR = 1960;
/** Minimum age (in whole years, counted by year-month) at the start of service. */
export const NIP_MIN_AGE_AT_TMT = 17;
/** The code in the TMT-month position of an NI PPPK. */
export const PPPK_CODE = "21";
/** The first PPPK were appointed in 2019 (PP 49/2018). */
export const PPPK_MIN_YEAR = 2019;

/** Spaces (any whitespace), dots and dashes (ASCII and Unicode dash variants) used as separators. */
const SEPARATORS = /[\s.\u002D\u2010-\u2015\u2212]/g;

/** Removes the separators people use when writing a NIP ("19850312 201001 1 003", "19850312.201001.1.003"). */
export function normalizeNip(input: string): string {
  return input.replace(SEPARATORS, "");
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Age in completed years on the given calendar day (someone born on 29 February turns a year older on 1 March in common years). */
function ageOn(birth: NipBirthDate, year: number, month: number, day: number): number {
  const hadBirthday = month > birth.month || (month === birth.month && day >= birth.day);
  return year - birth.year - (hadBirthday ? 0 : 1);
}

/**
 * Validates a NIP. `today` is read with local-time getters (getFullYear/getMonth/getDate), so pass a
 * Date whose local calendar day is the day to validate against.
 *
 * Checks run in this order and the first failure is reported:
 * "format" (non-digits after normalisation, or empty), "length" (not 18 digits), "birth_date",
 * "tmt", "gender", "serial".
 */
export function validateNip(input: string, today: Date): NipValidationResult {
  const nip = normalizeNip(input);
  if (!/^[0-9]+$/.test(nip)) return { ok: false, reason: "format" };
  if (nip.length !== NIP_LENGTH) return { ok: false, reason: "length" };

  const todayYear = today.getFullYear();
  const todayMonth = today.getMonth() + 1;
  const todayDay = today.getDate();

  const birthDate: NipBirthDate = {
    year: Number(nip.slice(0, 4)),
    month: Number(nip.slice(4, 6)),
    day: Number(nip.slice(6, 8)),
  };
  if (!isRealDate(birthDate.year, birthDate.month, birthDate.day) || birthDate.year < NIP_MIN_BIRTH_YEAR) {
    return { ok: false, reason: "birth_date" };
  }
  const age = ageOn(birthDate, todayYear, todayMonth, todayDay);
  if (age < NIP_MIN_AGE || age > NIP_MAX_AGE) return { ok: false, reason: "birth_date" };

  const kind: NipKind = nip.slice(12, 14) === PPPK_CODE ? "pppk" : "pns";
  // An NI PPPK carries only the year of appointment; its month counts as January for the checks.
  const tmt: NipTmt = {
    year: Number(nip.slice(8, 12)),
    month: kind === "pppk" ? 1 : Number(nip.slice(12, 14)),
  };
  const tmtIndex = tmt.year * 12 + tmt.month;
  if (kind === "pppk" && tmt.year < PPPK_MIN_YEAR) return { ok: false, reason: "tmt" };
  if (
    tmt.month < 1 ||
    tmt.month > 12 ||
    tmt.year < NIP_MIN_TMT_YEAR ||
    tmtIndex > todayYear * 12 + todayMonth ||
    tmtIndex - (birthDate.year * 12 + birthDate.month) < NIP_MIN_AGE_AT_TMT * 12
  ) {
    return { ok: false, reason: "tmt" };
  }

  const genderDigit = nip.charAt(14);
  let gender: NipGender;
  if (genderDigit === "1") gender = "male";
  else if (genderDigit === "2") gender = "female";
  else return { ok: false, reason: "gender" };

  if (nip.slice(15) === "000") return { ok: false, reason: "serial" };

  return { ok: true, nip, kind, birthDate, tmt, gender };
}

/** Whether a stored (valid) number is a NIP or an NI PPPK, for its label. */
export function nipKind(nip: string): NipKind {
  return normalizeNip(nip).slice(12, 14) === PPPK_CODE ? "pppk" : "pns";
}
