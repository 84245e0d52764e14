/**
 * The forum's agency registry: the units of Kementerian Komunikasi dan Digital (Komdigi, formerly
 * Kominfo) that take part in SPBE coordination, one provincial Diskominfo per province and one
 * Diskominfo per kabupaten/kota, built from the `idn-area-data` package (Kemendagri area codes).
 */
import { getProvinces, getRegencies } from "idn-area-data";
import { AREA_ABBREVIATIONS, FORMER_APTIKA_SEARCH_WORDS, MINISTRY_SEARCH_WORDS } from "./agency-aliases.js";
import { normalizeSearchText } from "./agency-query.js";

export { agencySearchTokens, normalizeSearchText } from "./agency-query.js";

export type AgencyKind = "pusat" | "provinsi" | "kabupaten" | "kota";

export interface AgencySeed {
  code: string;
  name: string;
  kind: AgencyKind;
  provinceCode: string | null;
  provinceName: string | null;
  areaName: string;
  searchText: string;
}

/** areaName used for central (kind "pusat") units, so that "kominfo pusat" finds them. */
export const CENTRAL_AREA_NAME = "Pusat";

interface CentralUnit {
  code: string;
  name: string;
  /** The name under Kementerian Kominfo, still searchable. */
  formerName?: string;
  /** Other names people search by: the ministry's names and abbreviations. */
  searchWords: readonly string[];
}

/** The agency of the forum secretariat. */
export const SECRETARIAT_AGENCY_CODE = "FORUM-SEKRETARIAT";

/**
 * Central units under their current names (Perpres 174/2024 made Kominfo the Kementerian Komunikasi
 * dan Digital; the government-technology work of Ditjen Aptika went to the Direktorat Jenderal
 * Teknologi Pemerintah Digital). Codes stay as they were, so the seed renames the rows in place and
 * members and tasks keep their agency. A former directorate is shown with its former name ("eks ...")
 * under the unit now known to hold its work, rather than a guessed new directorate name.
 */
const CENTRAL_UNITS: readonly CentralUnit[] = [
  {
    // Where the forum's own staff belong; admins named in ADMIN_TELEGRAM_IDS start here.
    code: SECRETARIAT_AGENCY_CODE,
    name: "Sekretariat Forum Kominfo",
    searchWords: [],
  },
  {
    code: "KOMINFO-APTIKA",
    name: "Direktorat Jenderal Teknologi Pemerintah Digital (Kementerian Komdigi)",
    formerName: "Direktorat Jenderal Aplikasi Informatika (Kementerian Kominfo)",
    searchWords: [...MINISTRY_SEARCH_WORDS, ...FORMER_APTIKA_SEARCH_WORDS, "dirjen"],
  },
  {
    code: "KOMINFO-SETDITJEN-APTIKA",
    name: "Sekretariat Direktorat Jenderal Teknologi Pemerintah Digital (Kementerian Komdigi)",
    formerName: "Sekretariat Direktorat Jenderal Aplikasi Informatika (Kementerian Kominfo)",
    searchWords: [...MINISTRY_SEARCH_WORDS, ...FORMER_APTIKA_SEARCH_WORDS, "setditjen"],
  },
  {
    code: "KOMINFO-LAIP",
    name: "Ditjen Teknologi Pemerintah Digital, eks Direktorat Layanan Aplikasi Informatika Pemerintahan (Kementerian Komdigi)",
    formerName: "Direktorat Layanan Aplikasi Informatika Pemerintahan (Ditjen Aptika, Kementerian Kominfo)",
    searchWords: [...MINISTRY_SEARCH_WORDS, ...FORMER_APTIKA_SEARCH_WORDS, "direktorat jenderal"],
  },
  {
    code: "KOMINFO-TKAI",
    name: "Kementerian Komdigi, eks Direktorat Tata Kelola Aplikasi Informatika (Ditjen Aptika)",
    formerName: "Direktorat Tata Kelola Aplikasi Informatika (Ditjen Aptika, Kementerian Kominfo)",
    searchWords: [...MINISTRY_SEARCH_WORDS, ...FORMER_APTIKA_SEARCH_WORDS],
  },
  {
    code: "KOMINFO-PUSDATIN",
    name: "Pusat Data dan Sarana Informatika (Kementerian Komdigi)",
    formerName: "Pusat Data dan Sarana Informatika (Kementerian Kominfo)",
    searchWords: [...MINISTRY_SEARCH_WORDS, "pusdatin"],
  },
  {
    code: "KOMINFO-BAKTI",
    name: "Badan Aksesibilitas Telekomunikasi dan Informasi (BAKTI, Kementerian Komdigi)",
    formerName: "Badan Aksesibilitas Telekomunikasi dan Informasi (BAKTI, Kementerian Kominfo)",
    searchWords: MINISTRY_SEARCH_WORDS,
  },
];

/** Central unit codes in the order search lists them: the ministry's units first, the forum's own last. */
export const CENTRAL_UNIT_ORDER: readonly string[] = [
  ...CENTRAL_UNITS.filter((u) => u.code !== SECRETARIAT_AGENCY_CODE).map((u) => u.code),
  SECRETARIAT_AGENCY_CODE,
];

/** Provincial agencies whose real name differs from "Dinas Komunikasi dan Informatika Provinsi <name>". Keyed by province code. */
const PROVINCIAL_AGENCY_NAME_PREFIX: Readonly<Record<string, string>> = {
  "31": "Dinas Komunikasi, Informatika dan Statistik",
};

const DEFAULT_AGENCY_NAME_PREFIX = "Dinas Komunikasi dan Informatika";

/** Words kept upper case by {@link indonesianTitleCase}. */
const ACRONYMS = new Set(["DKI", "DIY", "DKJ", "NTB", "NTT"]);
/** Words kept lower case (except as the first word) by {@link indonesianTitleCase}. */
const LOWERCASE_WORDS = new Set(["dan", "di", "ke", "dari", "atau"]);

function capitalize(word: string): string {
  const lower = word.toLocaleLowerCase("id-ID");
  return lower.charAt(0).toLocaleUpperCase("id-ID") + lower.slice(1);
}

/**
 * Indonesian title case for area names: "KABUPATEN PANGKAJENE DAN KEPULAUAN" -> "Kabupaten Pangkajene dan Kepulauan",
 * "kabupaten toli-toli" -> "Kabupaten Toli-Toli", "DKI JAKARTA" -> "DKI Jakarta". Idempotent on already
 * title-cased input. Collapses runs of whitespace.
 */
export function indonesianTitleCase(text: string): string {
  const words = text.trim().split(/\s+/).filter((w) => w.length > 0);
  return words
    .map((word, index) => {
      const upper = word.toLocaleUpperCase("id-ID");
      if (ACRONYMS.has(upper)) return upper;
      const lower = word.toLocaleLowerCase("id-ID");
      if (index > 0 && LOWERCASE_WORDS.has(lower)) return lower;
      return word.split("-").map(capitalize).join("-");
    })
    .join(" ");
}

/** Display name of a province; the source spells DKI Jakarta out in full. */
function provinceDisplayName(sourceName: string): string {
  const titled = indonesianTitleCase(sourceName);
  if (/^Daerah Khusus Ibu ?kota Jakarta$/i.test(titled)) return "DKI Jakarta";
  return titled;
}

function makeSeed(seed: Omit<AgencySeed, "searchText">, searchWords: readonly string[] = []): AgencySeed {
  const searchText = normalizeSearchText(
    [seed.name, seed.areaName, seed.provinceName ?? "", seed.code, ...searchWords].join(" "),
  );
  return { ...seed, searchText };
}

function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Builds the full registry: central units first, then provinces by code, then kabupaten/kota by code.
 * Throws if the area data is inconsistent (unknown province, unexpected regency name prefix, duplicate codes).
 */
export async function buildAgencyRegistry(): Promise<AgencySeed[]> {
  const [provinceRows, regencyRows] = await Promise.all([getProvinces(), getRegencies()]);

  const provinces = provinceRows
    .filter((row) => (row.code ?? "").trim() !== "")
    .map((row) => ({ code: row.code.trim(), name: provinceDisplayName(row.name ?? "") }))
    .sort((a, b) => compareCodes(a.code, b.code));
  const provinceNames = new Map(provinces.map((p) => [p.code, p.name]));

  const seeds: AgencySeed[] = CENTRAL_UNITS.map((unit) =>
    makeSeed(
      {
        code: unit.code,
        name: unit.name,
        kind: "pusat",
        provinceCode: null,
        provinceName: null,
        areaName: CENTRAL_AREA_NAME,
      },
      [unit.formerName ?? "", ...unit.searchWords],
    ),
  );

  for (const province of provinces) {
    if (province.name === "") throw new Error(`Province ${province.code} has no name`);
    const prefix = PROVINCIAL_AGENCY_NAME_PREFIX[province.code] ?? DEFAULT_AGENCY_NAME_PREFIX;
    seeds.push(
      makeSeed({
        code: province.code,
        name: `${prefix} Provinsi ${province.name}`,
        kind: "provinsi",
        provinceCode: province.code,
        provinceName: province.name,
        areaName: province.name,
      }),
    );
  }

  const regencies = regencyRows
    .filter((row) => (row.code ?? "").trim() !== "")
    .map((row) => ({
      code: row.code.trim(),
      provinceCode: (row.province_code ?? "").trim(),
      name: indonesianTitleCase(row.name ?? ""),
    }))
    .sort((a, b) => compareCodes(a.code, b.code));

  for (const regency of regencies) {
    const provinceName = provinceNames.get(regency.provinceCode);
    if (provinceName === undefined) {
      throw new Error(`Regency ${regency.code} refers to unknown province ${regency.provinceCode}`);
    }
    let kind: AgencyKind;
    if (regency.name.startsWith("Kabupaten ")) kind = "kabupaten";
    else if (regency.name.startsWith("Kota ")) kind = "kota";
    else throw new Error(`Regency ${regency.code} has unexpected name "${regency.name}"`);
    seeds.push(
      makeSeed(
        {
          code: regency.code,
          name: `${DEFAULT_AGENCY_NAME_PREFIX} ${regency.name}`,
          kind,
          provinceCode: regency.provinceCode,
          provinceName,
          areaName: regency.name,
        },
        AREA_ABBREVIATIONS[regency.name] ?? [],
      ),
    );
  }
  const areas = new Set(regencies.map((r) => r.name));
  for (const area of Object.keys(AREA_ABBREVIATIONS)) {
    if (!areas.has(area)) throw new Error(`Abbreviations given for unknown area "${area}"`);
  }

  const seen = new Set<string>();
  for (const seed of seeds) {
    if (seen.has(seed.code)) throw new Error(`Duplicate agency code ${seed.code}`);
    seen.add(seed.code);
  }
  return seeds;
}
