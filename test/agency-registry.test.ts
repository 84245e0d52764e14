import { beforeAll, describe, expect, it } from "vitest";

import { AREA_ABBREVIATIONS } from "../src/agencies/agency-aliases.js";
import { buildAgencyIndex, searchAgencyIndex } from "../src/agencies/agency-query.js";
import {
  agencySearchTokens,
  buildAgencyRegistry,
  CENTRAL_UNIT_ORDER,
  indonesianTitleCase,
  normalizeSearchText,
  type AgencySeed,
} from "../src/agencies/agency-registry.js";

let registry: AgencySeed[];

beforeAll(async () => {
  registry = await buildAgencyRegistry();
});

function byCode(code: string): AgencySeed {
  const seed = registry.find((s) => s.code === code);
  if (!seed) throw new Error(`no agency ${code}`);
  return seed;
}

function countKind(kind: AgencySeed["kind"]): number {
  return registry.filter((s) => s.kind === kind).length;
}

/** The bot's search (agency-query.ts) over the registry as the seed writes it. */
function search(query: string): AgencySeed[] {
  return searchAgencyIndex(buildAgencyIndex(registry, CENTRAL_UNIT_ORDER), query);
}

describe("buildAgencyRegistry counts", () => {
  it("has central units, 38 provinces and 514 kabupaten/kota", () => {
    const pusat = countKind("pusat");
    expect(pusat).toBeGreaterThanOrEqual(4);
    expect(pusat).toBeLessThanOrEqual(8);
    expect(countKind("provinsi")).toBe(38);
    expect(countKind("kabupaten")).toBe(416);
    expect(countKind("kota")).toBe(98);
    expect(registry).toHaveLength(pusat + 38 + 514);
  });

  it("has unique codes", () => {
    expect(new Set(registry.map((s) => s.code)).size).toBe(registry.length);
  });

  it("lists central units first, then provinces, then kabupaten/kota, each by code", () => {
    const kinds = registry.map((s) => (s.kind === "kota" ? "kabupaten" : s.kind));
    const firstProvince = kinds.indexOf("provinsi");
    const firstRegency = kinds.indexOf("kabupaten");
    expect(kinds.slice(0, firstProvince).every((k) => k === "pusat")).toBe(true);
    expect(kinds.slice(firstProvince, firstRegency).every((k) => k === "provinsi")).toBe(true);
    expect(kinds.slice(firstRegency).every((k) => k === "kabupaten")).toBe(true);
    const regencyCodes = registry.slice(firstRegency).map((s) => s.code);
    expect(regencyCodes).toEqual([...regencyCodes].sort());
  });

  it("gives every regional agency a consistent province", () => {
    const provinces = new Map(registry.filter((s) => s.kind === "provinsi").map((s) => [s.code, s]));
    for (const seed of registry) {
      if (seed.kind === "pusat") {
        expect(seed.provinceCode).toBeNull();
        expect(seed.provinceName).toBeNull();
        expect(seed.code).toMatch(/^(KOMINFO|FORUM)-[A-Z-]+$/);
        continue;
      }
      expect(seed.provinceCode).not.toBeNull();
      const province = provinces.get(seed.provinceCode ?? "");
      expect(province?.areaName).toBe(seed.provinceName);
      if (seed.kind === "provinsi") {
        expect(seed.code).toMatch(/^\d{2}$/);
      } else {
        expect(seed.code).toMatch(/^\d{2}\.\d{2}$/);
        expect(seed.code.startsWith(`${seed.provinceCode}.`)).toBe(true);
        expect(seed.name).toBe(`Dinas Komunikasi dan Informatika ${seed.areaName}`);
        expect(seed.areaName.startsWith(seed.kind === "kota" ? "Kota " : "Kabupaten ")).toBe(true);
      }
    }
  });

  it("sets searchText from name, area, province and code; central units and some areas add other names", () => {
    for (const seed of registry) {
      const own = normalizeSearchText(`${seed.name} ${seed.areaName} ${seed.provinceName ?? ""} ${seed.code}`);
      const abbreviations = AREA_ABBREVIATIONS[seed.areaName] ?? [];
      if (seed.kind === "pusat") expect(seed.searchText.startsWith(own)).toBe(true);
      else expect(seed.searchText).toBe([own, ...abbreviations].join(" "));
    }
    expect(byCode("KOMINFO-LAIP").searchText).toContain(
      "direktorat layanan aplikasi informatika pemerintahan ditjen aptika kementerian kominfo",
    );
    expect(byCode("KOMINFO-LAIP").searchText).toContain("komdigi kemkomdigi");
  });
});

describe("buildAgencyRegistry names", () => {
  it("names Kota Surabaya's agency", () => {
    expect(byCode("35.78")).toEqual({
      code: "35.78",
      name: "Dinas Komunikasi dan Informatika Kota Surabaya",
      kind: "kota",
      provinceCode: "35",
      provinceName: "Jawa Timur",
      areaName: "Kota Surabaya",
      searchText: "dinas komunikasi dan informatika kota surabaya kota surabaya jawa timur 35 78",
    });
  });

  it("names provincial agencies, with the real DKI Jakarta exception", () => {
    expect(byCode("35")).toMatchObject({
      name: "Dinas Komunikasi dan Informatika Provinsi Jawa Timur",
      kind: "provinsi",
      provinceCode: "35",
      provinceName: "Jawa Timur",
      areaName: "Jawa Timur",
    });
    expect(byCode("31")).toMatchObject({
      name: "Dinas Komunikasi, Informatika dan Statistik Provinsi DKI Jakarta",
      kind: "provinsi",
      provinceName: "DKI Jakarta",
      areaName: "DKI Jakarta",
    });
    const provincial = registry.filter((s) => s.kind === "provinsi" && s.code !== "31");
    for (const seed of provincial) {
      expect(seed.name).toBe(`Dinas Komunikasi dan Informatika Provinsi ${seed.areaName}`);
    }
  });

  it("uses proper title case", () => {
    expect(byCode("34").areaName).toBe("Daerah Istimewa Yogyakarta");
    expect(byCode("19").areaName).toBe("Kepulauan Bangka Belitung");
    expect(byCode("11.01").areaName).toBe("Kabupaten Aceh Selatan");
    expect(byCode("73.10").areaName).toBe("Kabupaten Pangkajene dan Kepulauan");
    expect(byCode("72.04").areaName).toBe("Kabupaten Toli-Toli");
    // The source spells Baubau as "Bau Bau".
    expect(byCode("74.72").areaName).toBe("Kota Bau Bau");
    const names = registry.filter((s) => s.kind !== "pusat").map((s) => s.areaName);
    for (const name of names) {
      for (const word of name.split(" ")) {
        expect(word === "dan" || word === "DKI" || /^\p{Lu}\p{Ll}*(-\p{Lu}\p{Ll}*)*$/u.test(word)).toBe(true);
      }
    }
  });

  it("keeps the Jakarta administrative cities and regency", () => {
    expect(byCode("31.01")).toMatchObject({
      kind: "kabupaten",
      areaName: "Kabupaten Administrasi Kepulauan Seribu",
      provinceName: "DKI Jakarta",
    });
    expect(byCode("31.71")).toMatchObject({ kind: "kota", areaName: "Kota Administrasi Jakarta Pusat" });
    expect(registry.filter((s) => s.provinceCode === "31" && s.kind === "kota")).toHaveLength(5);
  });

  it("names the central units as units of Kementerian Komdigi, under their codes from the Kominfo days", () => {
    expect(byCode("KOMINFO-APTIKA")).toMatchObject({
      name: "Direktorat Jenderal Teknologi Pemerintah Digital (Kementerian Komdigi)",
      kind: "pusat",
      provinceCode: null,
      provinceName: null,
      areaName: "Pusat",
    });
    expect(byCode("KOMINFO-SETDITJEN-APTIKA").name).toBe(
      "Sekretariat Direktorat Jenderal Teknologi Pemerintah Digital (Kementerian Komdigi)",
    );
    expect(byCode("KOMINFO-LAIP").name).toBe(
      "Ditjen Teknologi Pemerintah Digital, eks Direktorat Layanan Aplikasi Informatika Pemerintahan (Kementerian Komdigi)",
    );
    expect(byCode("KOMINFO-PUSDATIN").name).toBe("Pusat Data dan Sarana Informatika (Kementerian Komdigi)");
    expect(byCode("FORUM-SEKRETARIAT").name).toBe("Sekretariat Forum Kominfo");
    const ministryUnits = registry.filter((s) => s.kind === "pusat" && s.code !== "FORUM-SEKRETARIAT");
    for (const unit of ministryUnits) {
      expect(unit.name).toContain("Kementerian Komdigi");
      expect(unit.name).not.toContain("Kementerian Kominfo");
    }
  });
});

describe("indonesianTitleCase", () => {
  it.each([
    ["KABUPATEN ACEH SELATAN", "Kabupaten Aceh Selatan"],
    ["kota surabaya", "Kota Surabaya"],
    ["DKI JAKARTA", "DKI Jakarta"],
    ["DAERAH ISTIMEWA YOGYAKARTA", "Daerah Istimewa Yogyakarta"],
    ["KABUPATEN PANGKAJENE DAN KEPULAUAN", "Kabupaten Pangkajene dan Kepulauan"],
    ["KABUPATEN TOLI-TOLI", "Kabupaten Toli-Toli"],
    ["Kepulauan  Bangka Belitung", "Kepulauan Bangka Belitung"],
    ["Kota Bau Bau", "Kota Bau Bau"],
  ])("%j -> %j", (input, expected) => {
    expect(indonesianTitleCase(input)).toBe(expected);
  });
});

describe("normalizeSearchText", () => {
  it.each([
    ["Kota Surabaya", "kota surabaya"],
    ["  Diskominfo  Kota-Surabaya! ", "diskominfo kota surabaya"],
    ["Dinas Komunikasi, Informatika dan Statistik", "dinas komunikasi informatika dan statistik"],
    ["Kabupaten Toli-Toli", "kabupaten toli toli"],
    ["Bau-Bau / Baubau", "bau bau baubau"],
    ["Sumatera Utara 35.78", "sumatera utara 35 78"],
    ["Pémkot Médan", "pemkot medan"],
    ["KOMINFO-LAIP", "kominfo laip"],
    ["", ""],
    ["!!!", ""],
  ])("%j -> %j", (input, expected) => {
    expect(normalizeSearchText(input)).toBe(expected);
  });
});

describe("agencySearchTokens", () => {
  it.each([
    ["Diskominfo  Kota-Surabaya!", ["surabaya"]],
    ["Dinas Komunikasi dan Informatika Provinsi Jawa Timur", ["jawa", "timur"]],
    ["pemkab Aceh Selatan", ["aceh", "selatan"]],
    ["Pemprov DKI", ["dki"]],
    ["Diskominfo Jabar", ["jabar"]],
    ["Kominfo", ["kominfo"]],
    ["dinas kominfo", []],
    ["kominfo kota", []],
    ["kab.", []],
    ["   ", []],
    ["surabaya Surabaya", ["surabaya"]],
  ])("%j -> %j", (input, expected) => {
    expect(agencySearchTokens(input)).toEqual(expected);
  });
});

describe("searching the registry", () => {
  it("finds Kota Surabaya from 'diskominfo surabaya', and nothing from words that name no agency", () => {
    expect(search("diskominfo")).toEqual([]);
    expect(search("dinas kominfo kabupaten")).toEqual([]);
    expect(search("diskominfo surabaya").map((s) => s.code)).toEqual(["35.78"]);
  });

  it("finds every agency in a province from its name", () => {
    const jatim = search("jawa timur");
    expect(jatim.map((s) => s.code)).toContain("35");
    expect(jatim.filter((s) => s.provinceCode === "35")).toHaveLength(39);
    expect(jatim.every((s) => s.provinceCode === "35")).toBe(true);
  });

  it("finds the DKI Jakarta agencies", () => {
    const codes = search("dki").map((s) => s.code);
    expect(codes[0]).toBe("31");
    expect([...codes].sort()).toEqual(["31", "31.01", "31.71", "31.72", "31.73", "31.74", "31.75"]);
  });

  it("finds the central units from 'kominfo pusat', before Jakarta Pusat", () => {
    const codes = search("kominfo pusat").map((s) => s.code);
    expect(codes.slice(0, countKind("pusat"))).toEqual(CENTRAL_UNIT_ORDER);
    expect(codes.at(-1)).toBe("31.71"); // Kota Administrasi Jakarta Pusat also matches
  });

  it("finds the LAIP directorate", () => {
    expect(search("layanan aplikasi pemerintahan").map((s) => s.code)).toEqual(["KOMINFO-LAIP"]);
  });
});
