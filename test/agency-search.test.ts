import { beforeAll, describe, expect, it } from "vitest";

import { AREA_ABBREVIATIONS, FILLER_WORDS, KIND_WORDS, PROVINCE_ABBREVIATIONS } from "../src/agencies/agency-aliases.js";
import {
  buildAgencyIndex,
  parseAgencyQuery,
  searchAgencyIndex,
  withinOneEdit,
  type AgencyIndex,
} from "../src/agencies/agency-query.js";
import { buildAgencyRegistry, CENTRAL_UNIT_ORDER, type AgencySeed } from "../src/agencies/agency-registry.js";

let registry: AgencySeed[];
let index: AgencyIndex<AgencySeed>;

beforeAll(async () => {
  registry = await buildAgencyRegistry();
  index = buildAgencyIndex(registry, CENTRAL_UNIT_ORDER);
});

function codes(query: string): string[] {
  return searchAgencyIndex(index, query).map((a) => a.code);
}

function areaOf(code: string): string {
  const agency = registry.find((a) => a.code === code);
  if (!agency) throw new Error(`no agency ${code}`);
  return agency.areaName;
}

/** What officials call each province: its usual abbreviation, or its name where that is what they say. */
const PROVINCE_WORDS: [code: string, word: string][] = [
  ["11", "NAD"],
  ["12", "Sumut"],
  ["13", "Sumbar"],
  ["14", "Riau"],
  ["15", "Jambi"],
  ["16", "Sumsel"],
  ["17", "Bengkulu"],
  ["18", "Lampung"],
  ["19", "Babel"],
  ["21", "Kepri"],
  ["31", "DKI"],
  ["32", "Jabar"],
  ["33", "Jateng"],
  ["34", "DIY"],
  ["35", "Jatim"],
  ["36", "Banten"],
  ["51", "Bali"],
  ["52", "NTB"],
  ["53", "NTT"],
  ["61", "Kalbar"],
  ["62", "Kalteng"],
  ["63", "Kalsel"],
  ["64", "Kaltim"],
  ["65", "Kaltara"],
  ["71", "Sulut"],
  ["72", "Sulteng"],
  ["73", "Sulsel"],
  ["74", "Sultra"],
  ["75", "Gorontalo"],
  ["76", "Sulbar"],
  ["81", "Maluku"],
  ["82", "Malut"],
  ["91", "Papua"],
  ["92", "Papua Barat"],
  ["93", "Papua Selatan"],
  ["94", "Papua Tengah"],
  ["95", "Papua Pegunungan"],
  ["96", "Papua Barat Daya"],
];

describe("every province from the word officials use", () => {
  it("covers all 38 provinces", () => {
    expect(new Set(PROVINCE_WORDS.map(([code]) => code)).size).toBe(38);
    expect(PROVINCE_WORDS.map(([code]) => code).sort()).toEqual(registry.filter((a) => a.kind === "provinsi").map((a) => a.code));
  });

  it.each(PROVINCE_WORDS)("'diskominfo %s' finds the provincial dinas %s first", (code, word) => {
    const found = codes(`diskominfo ${word}`);
    expect(found[0]).toBe(code);
    // The dinas of that province's kabupaten and kota are found too.
    const inProvince = registry.filter((a) => a.provinceCode === code).map((a) => a.code);
    expect(found).toEqual(expect.arrayContaining(inProvince));
  });

  it.each(Object.entries(PROVINCE_ABBREVIATIONS).flatMap(([code, words]) => words.map((w) => [w, code] as const)))(
    "'pemprov %s' finds province %s first",
    (word, code) => {
      expect(codes(`pemprov ${word}`)[0]).toBe(code);
    },
  );

  it.each([
    ["Jogja", "34"],
    ["Yogya", "34"],
    ["Yogyakarta", "34"],
    ["Aceh", "11"],
    ["Jakarta", "31"],
    ["Jawa Barat", "32"],
    ["Kalimantan Timur", "64"],
    ["Bangka Belitung", "19"],
    ["Kepulauan Riau", "21"],
    ["Nusa Tenggara Timur", "53"],
    ["Maluku Utara", "82"],
    ["Sulawesi Selatan", "73"],
    ["Diskominfotik DKI", "31"],
    ["Dinas Kominfo Jatim", "35"],
    ["Kominfo Jateng", "33"],
    ["Diskominfosandi Sumbar", "13"],
    ["Diskominfostandi Kalsel", "63"],
    ["Diskominfo SP Kaltim", "64"],
    ["Diskominfostan Sulteng", "72"],
    ["Pemprov Papua Barat Daya", "96"],
    ["PBD", "96"],
  ])("%j finds province %s first", (query, code) => {
    expect(codes(query)[0]).toBe(code);
  });

  it("keeps to the province an abbreviation names", () => {
    const jabar = codes("diskominfo jabar");
    expect(jabar).toHaveLength(registry.filter((a) => a.provinceCode === "32").length);
    expect(jabar.every((c) => c === "32" || c.startsWith("32."))).toBe(true);
    expect(codes("jabar bandung").map(areaOf)).toEqual(["Kota Bandung", "Kabupaten Bandung", "Kabupaten Bandung Barat"]);
    expect(codes("jatim bandung")).toEqual([]);
  });
});

describe("kabupaten and kota", () => {
  it.each([
    ["kota bandung", "Kota Bandung"],
    ["pemkot bandung", "Kota Bandung"],
    ["Diskominfo Kota Bandung", "Kota Bandung"],
    ["kab bandung", "Kabupaten Bandung"],
    ["kab. bandung", "Kabupaten Bandung"],
    ["Kab.Bandung", "Kabupaten Bandung"],
    ["kabupaten bandung", "Kabupaten Bandung"],
    ["pemkab bandung", "Kabupaten Bandung"],
    ["kab bandung barat", "Kabupaten Bandung Barat"],
    ["bandung", "Kota Bandung"],
    ["kota bogor", "Kota Bogor"],
    ["pemkab bogor", "Kabupaten Bogor"],
    ["kota bengkulu", "Kota Bengkulu"],
    ["kota jogja", "Kota Yogyakarta"],
    ["kota jambi", "Kota Jambi"],
    ["pemprov jambi", "Jambi"],
    ["kab kepulauan seribu", "Kabupaten Administrasi Kepulauan Seribu"],
    ["jakarta selatan", "Kota Administrasi Jakarta Selatan"],
    ["pemkot jaksel", "Kota Administrasi Jakarta Selatan"],
    ["diskominfo tangsel", "Kota Tangerang Selatan"],
    ["kukar", "Kabupaten Kutai Kartanegara"],
    ["oku timur", "Kabupaten Ogan Komering Ulu Timur"],
    ["oku", "Kabupaten Ogan Komering Ulu"],
    ["gunung kidul", "Kabupaten Gunungkidul"],
    ["kulon progo", "Kabupaten Kulon Progo"],
  ])("%j lists %s first", (query, area) => {
    expect(areaOf(codes(query)[0] ?? "")).toBe(area);
  });

  it("ranks the kind asked for first, but still shows the other", () => {
    expect(codes("kota bandung").map(areaOf)).toEqual(["Kota Bandung", "Kabupaten Bandung", "Kabupaten Bandung Barat"]);
    expect(codes("kab bandung").map(areaOf).slice(0, 2)).toEqual(["Kabupaten Bandung", "Kota Bandung"]);
    // There is no Kota Garut; the kabupaten is what the member means.
    expect(codes("kota garut").map(areaOf)).toEqual(["Kabupaten Garut"]);
  });

  it("does not take a whole word for the start of a longer one", () => {
    expect(codes("diskominfo bali").some((c) => areaOf(c) === "Kota Balikpapan")).toBe(false);
    expect(codes("band").map(areaOf)).toEqual(
      expect.arrayContaining(["Kota Bandung", "Kabupaten Bandung", "Kota Bandar Lampung", "Kota Banda Aceh"]),
    );
  });

  it("finds names typed joined or apart", () => {
    expect(codes("baubau").map(areaOf)).toEqual(["Kota Bau Bau"]);
    expect(codes("bau-bau").map(areaOf)).toEqual(["Kota Bau Bau"]);
    expect(codes("tolitoli").map(areaOf)).toEqual(["Kabupaten Toli-Toli"]);
  });
});

describe("small typos", () => {
  it.each([
    ["surabya", "Kota Surabaya"], // missing letter
    ["surabaja", "Kota Surabaya"], // wrong letter
    ["surabaaya", "Kota Surabaya"], // extra letter
    ["suarbaya", "Kota Surabaya"], // two letters swapped
    ["pemkot makasar", "Kota Makassar"],
    ["kota bandng", "Kota Bandung"],
    ["kabupatn bandung", "Kabupaten Bandung"],
    ["diskominfi jabar", "Jawa Barat"],
    ["dinas kominfo jatm", "Jawa Timur"],
    ["diskominfo jabr", "Jawa Barat"],
    ["diskominfo kalimantn timur", "Kalimantan Timur"],
    ["sumatra utara", "Sumatera Utara"],
  ])("%j finds %s first", (query, area) => {
    expect(areaOf(codes(query)[0] ?? "")).toBe(area);
  });

  it("tolerates one typo per word, not two, and none in short words", () => {
    expect(codes("srabya")).toEqual([]);
    expect(codes("bgr")).toEqual([]);
    expect(parseAgencyQuery("constructor toString")).toMatchObject({ kind: null, words: ["constructor", "tostring"] });
  });

  it("does not read a word that is found as typed as a typo of another", () => {
    // "jawa" is a word of the registry, so it does not also find Puncak Jaya.
    expect(codes("jawa timur")).toHaveLength(39);
    expect(codes("surabaya")).toEqual(["35.78"]);
    // "sumba" and "pagar" are places, not typos of "sumbar" and "pabar".
    expect(codes("sumba barat").map(areaOf)[0]).toBe("Kabupaten Sumba Barat");
    expect(codes("pagar alam").map(areaOf)).toEqual(["Kota Pagar Alam"]);
  });
});

describe("the ministry: Komdigi, formerly Kominfo", () => {
  const ministryUnits = () => CENTRAL_UNIT_ORDER.filter((c) => c !== "FORUM-SEKRETARIAT");

  it.each(["komdigi", "kemkomdigi", "kemenkomdigi", "kemkominfo", "kemenkominfo", "Kementerian Komdigi", "kementrian kominfo"])(
    "%j finds the ministry's units, the Ditjen first",
    (query) => {
      expect(codes(query)).toEqual(ministryUnits());
    },
  );

  it("'kominfo' alone finds the central units, the forum's secretariat last", () => {
    expect(codes("kominfo")).toEqual(CENTRAL_UNIT_ORDER);
    expect(codes("Kominfo Pusat").slice(0, CENTRAL_UNIT_ORDER.length)).toEqual(CENTRAL_UNIT_ORDER);
  });

  it("'aptika' finds the units of the former Ditjen Aptika, now Teknologi Pemerintah Digital", () => {
    expect(codes("aptika")).toEqual(["KOMINFO-APTIKA", "KOMINFO-SETDITJEN-APTIKA", "KOMINFO-LAIP", "KOMINFO-TKAI"]);
    expect(codes("ditjen aptika")[0]).toBe("KOMINFO-APTIKA");
    expect(codes("teknologi pemerintah digital")).toEqual(["KOMINFO-APTIKA", "KOMINFO-SETDITJEN-APTIKA", "KOMINFO-LAIP"]);
  });

  it("finds units by their former names and abbreviations", () => {
    expect(codes("layanan aplikasi informatika pemerintahan")).toEqual(["KOMINFO-LAIP"]);
    expect(codes("laip")).toEqual(["KOMINFO-LAIP"]);
    expect(codes("pusdatin")).toEqual(["KOMINFO-PUSDATIN"]);
    expect(codes("bakti")).toEqual(["KOMINFO-BAKTI"]);
    expect(codes("sekretariat forum")).toEqual(["FORUM-SEKRETARIAT"]);
  });

  it("reads 'kominfo' next to a region as the region's dinas", () => {
    expect(codes("kominfo surabaya")).toEqual(["35.78"]);
    expect(codes("dinas kominfo")).toEqual([]);
  });
});

describe("reading a query", () => {
  it("splits it into words, provinces and the kind", () => {
    expect(parseAgencyQuery("Pemkab Bandung Jabar")).toEqual({
      words: ["bandung"],
      provinceCodes: ["32"],
      kind: "kabupaten",
      tokens: ["bandung", "jabar"],
    });
    expect(parseAgencyQuery("Diskominfotik Kota Surabaya")).toEqual({
      words: ["surabaya"],
      provinceCodes: [],
      kind: "kota",
      tokens: ["surabaya"],
    });
  });

  it.each([
    ["surabaya", "surabaya", true],
    ["surabya", "surabaya", true],
    ["surabaaya", "surabaya", true],
    ["suarbaya", "surabaya", true],
    ["surabaja", "surabaya", true],
    ["srabya", "surabaya", false],
    ["bandung", "bantul", false],
    ["", "a", true],
    ["ab", "ba", true],
    ["abc", "cab", false],
  ])("withinOneEdit(%j, %j) is %s", (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });
});

describe("the alias data", () => {
  it("gives an abbreviation to no place name, and no two provinces the same one", () => {
    const all = Object.values(PROVINCE_ABBREVIATIONS).flat();
    expect(new Set(all).size).toBe(all.length);
    for (const word of all) expect(index.vocabularySet.has(word)).toBe(false);
  });

  it("has no filler or kind word one typo away from a place name (which would then be dropped)", () => {
    const words = [...FILLER_WORDS, ...Object.keys(KIND_WORDS)].filter((w) => w.length >= 4);
    const clashes = words.flatMap((w) => index.vocabulary.filter((v) => v.length >= 4 && withinOneEdit(w, v)).map((v) => `${w}~${v}`));
    expect(clashes).toEqual([]);
  });

  it("does not guess between two provinces one typo apart", () => {
    expect(withinOneEdit("sumut", "sulut")).toBe(true);
    expect(codes("diskominfo sumut")[0]).toBe("12");
    expect(codes("diskominfo sulut")[0]).toBe("71");
    expect(parseAgencyQuery("sunut").provinceCodes).toEqual([]);
    expect(parseAgencyQuery("sumutt").provinceCodes).toEqual(["12"]);
  });

  it("gives every area abbreviation to an agency of the registry", () => {
    for (const [area, words] of Object.entries(AREA_ABBREVIATIONS)) {
      const agency = registry.find((a) => a.areaName === area);
      for (const word of words) expect(agency?.searchText.split(" ")).toContain(word);
    }
  });
});
