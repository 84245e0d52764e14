import { describe, expect, it } from "vitest";

import { nipKind, normalizeNip, validateNip, type NipFailureReason } from "../src/members/nip.js";

/** 15 June 2025, local time. */
const TODAY = new Date(2025, 5, 15);

describe("normalizeNip", () => {
  it.each([
    ["19850312 201001 1 003", "198503122010011003"],
    ["19850312.201001.1.003", "198503122010011003"],
    ["19850312-201001-1-003", "198503122010011003"],
    ["  19850312\u00a0201001\t1 003 ", "198503122010011003"],
    ["19850312\u2013201001\u20131\u2013003", "198503122010011003"],
    ["198503122010011003", "198503122010011003"],
    ["NIP 19850312", "NIP19850312"],
  ])("normalizes %j to %j", (input, expected) => {
    expect(normalizeNip(input)).toBe(expected);
  });
});

interface ValidCase {
  name: string;
  input: string;
  today?: Date;
  nip: string;
  birthDate: { year: number; month: number; day: number };
  tmt: { year: number; month: number };
  gender: "male" | "female";
}

const validCases: ValidCase[] = [
  {
    name: "plain 18 digits, male",
    input: "198503122010011003",
    nip: "198503122010011003",
    birthDate: { year: 1985, month: 3, day: 12 },
    tmt: { year: 2010, month: 1 },
    gender: "male",
  },
  {
    name: "spaced form as printed on SK",
    input: "19850312 201001 1 003",
    nip: "198503122010011003",
    birthDate: { year: 1985, month: 3, day: 12 },
    tmt: { year: 2010, month: 1 },
    gender: "male",
  },
  {
    name: "dotted form, female",
    input: "19900225.201503.2.001",
    nip: "199002252015032001",
    birthDate: { year: 1990, month: 2, day: 25 },
    tmt: { year: 2015, month: 3 },
    gender: "female",
  },
  {
    name: "dashed form with surrounding spaces",
    input: "  19781105-200312-1-002 ",
    nip: "197811052003121002",
    birthDate: { year: 1978, month: 11, day: 5 },
    tmt: { year: 2003, month: 12 },
    gender: "male",
  },
  {
    name: "born on 29 February of a leap year",
    input: "199202292019032001",
    nip: "199202292019032001",
    birthDate: { year: 1992, month: 2, day: 29 },
    tmt: { year: 2019, month: 3 },
    gender: "female",
  },
  {
    name: "turns 17 today, TMT this month (exactly 17 years after birth month)",
    input: "200806152025061001",
    nip: "200806152025061001",
    birthDate: { year: 2008, month: 6, day: 15 },
    tmt: { year: 2025, month: 6 },
    gender: "male",
  },
  {
    name: "70 years old until tomorrow",
    input: "195406161980031002",
    nip: "195406161980031002",
    birthDate: { year: 1954, month: 6, day: 16 },
    tmt: { year: 1980, month: 3 },
    gender: "male",
  },
  {
    name: "TMT exactly 17 years after the birth month",
    input: "198503122002031003",
    nip: "198503122002031003",
    birthDate: { year: 1985, month: 3, day: 12 },
    tmt: { year: 2002, month: 3 },
    gender: "male",
  },
  {
    name: "TMT in 1960 with an earlier 'today'",
    input: "194001011960011001",
    today: new Date(2005, 0, 1),
    nip: "194001011960011001",
    birthDate: { year: 1940, month: 1, day: 1 },
    tmt: { year: 1960, month: 1 },
    gender: "male",
  },
  {
    name: "serial 999",
    input: "199512312021122999",
    nip: "199512312021122999",
    birthDate: { year: 1995, month: 12, day: 31 },
    tmt: { year: 2021, month: 12 },
    gender: "female",
  },
];

interface InvalidCase {
  name: string;
  input: string;
  today?: Date;
  reason: NipFailureReason;
}

const invalidCases: InvalidCase[] = [
  { name: "letter in serial", input: "19850312 201001 1 00A", reason: "format" },
  { name: "slash separators", input: "19850312/201001/1/003", reason: "format" },
  { name: "empty input", input: "", reason: "format" },
  { name: "only separators", input: " . - ", reason: "format" },
  { name: "full-width digits", input: "１９８５０３１２２０１００１１００３", reason: "format" },
  { name: "17 digits (missing serial digit)", input: "19850312 201001 1 03", reason: "length" },
  { name: "19 digits", input: "1985031220100110031", reason: "length" },
  { name: "old 9-digit NIP", input: "150 123 456", reason: "length" },
  { name: "30 February", input: "198502302010011003", reason: "birth_date" },
  { name: "29 February of a common year", input: "199302292019031001", reason: "birth_date" },
  { name: "birth month 13", input: "198513012010011003", reason: "birth_date" },
  { name: "birth day 00", input: "198503002010011003", reason: "birth_date" },
  { name: "born before 1940", input: "193912011960011001", today: new Date(2005, 0, 1), reason: "birth_date" },
  { name: "turns 17 tomorrow", input: "200806162025061001", reason: "birth_date" },
  { name: "71 years old today", input: "195406151980031002", reason: "birth_date" },
  { name: "born in the future", input: "203001012050011001", reason: "birth_date" },
  { name: "TMT month 13", input: "198503122010131003", reason: "tmt" },
  { name: "TMT month 00", input: "198503122010001003", reason: "tmt" },
  { name: "TMT next month", input: "198503122025071003", reason: "tmt" },
  { name: "TMT at 16 years 11 months of age", input: "198503122002021003", reason: "tmt" },
  { name: "TMT before 1960", input: "194003011958011001", today: new Date(2005, 0, 1), reason: "tmt" },
  { name: "gender digit 3", input: "19850312 201001 3 003", reason: "gender" },
  { name: "gender digit 0", input: "198503122010010003", reason: "gender" },
  { name: "serial 000", input: "19850312 201001 1 000", reason: "serial" },
  { name: "birth date is checked before TMT", input: "198502302010131003", reason: "birth_date" },
  { name: "TMT is checked before gender", input: "198503122010133003", reason: "tmt" },
  { name: "gender is checked before serial", input: "198503122010019000", reason: "gender" },
];

describe("validateNip", () => {
  it.each(validCases)("accepts $name ($input)", (c) => {
    expect(validateNip(c.input, c.today ?? TODAY)).toEqual({
      ok: true,
      nip: c.nip,
      kind: "pns",
      birthDate: c.birthDate,
      tmt: c.tmt,
      gender: c.gender,
    });
  });

  it.each(invalidCases)("rejects $name ($input) with $reason", (c) => {
    expect(validateNip(c.input, c.today ?? TODAY)).toEqual({ ok: false, reason: c.reason });
  });

  it("covers every failure reason", () => {
    const reasons = new Set(invalidCases.map((c) => c.reason));
    const all: NipFailureReason[] = ["format", "length", "birth_date", "tmt", "gender", "serial"];
    expect([...reasons].sort()).toEqual([...all].sort());
  });

  it("accepts an NI PPPK: year of appointment and the code 21 where the TMT month would be", () => {
    expect(validateNip("19900101 202221 2 015", TODAY)).toEqual({
      ok: true,
      nip: "199001012022212015",
      kind: "pppk",
      birthDate: { year: 1990, month: 1, day: 1 },
      tmt: { year: 2022, month: 1 },
      gender: "female",
    });
    // Appointed this year is fine; next year, or before PPPK existed (2019), is not.
    expect(validateNip("199001012025211001", TODAY).ok).toBe(true);
    expect(validateNip("199001012026211001", TODAY)).toEqual({ ok: false, reason: "tmt" });
    expect(validateNip("199001012018211001", TODAY)).toEqual({ ok: false, reason: "tmt" });
    // The rest of the number is checked as for a NIP.
    expect(validateNip("199001012022213001", TODAY)).toEqual({ ok: false, reason: "gender" });
    expect(validateNip("199001012022211000", TODAY)).toEqual({ ok: false, reason: "serial" });
    // A birth date that makes the holder too young is refused, as for a NIP.
    expect(validateNip("201001012022211001", TODAY)).toEqual({ ok: false, reason: "birth_date" });
  });

  it("tells a NIP from an NI PPPK for the label", () => {
    expect(nipKind("199001012022212015")).toBe("pppk");
    expect(nipKind("19900101 202221 2 015")).toBe("pppk");
    expect(nipKind("198503122010011003")).toBe("pns");
  });

  it("uses the calendar day of `today` for the age limit", () => {
    const nip = "200806152025061001";
    expect(validateNip(nip, new Date(2025, 5, 14))).toEqual({ ok: false, reason: "birth_date" });
    expect(validateNip(nip, new Date(2025, 5, 15)).ok).toBe(true);
  });

  it("handles a 29 February birthday in a common year", () => {
    // Born 29 Feb 2008: still 16 on 28 Feb 2025, 17 on 1 Mar 2025.
    const nip = "200802292025021001";
    expect(validateNip(nip, new Date(2025, 1, 28))).toEqual({ ok: false, reason: "birth_date" });
    expect(validateNip(nip, new Date(2025, 2, 1)).ok).toBe(true);
  });
});
