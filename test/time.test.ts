import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatNumber, timezoneForProvince } from "../src/shared/time.js";
import { checkFullName, checkPosition, maskPhone, normalizePhone } from "../src/members/profile-rules.js";

describe("dates and numbers as officials read them", () => {
  const instant = new Date("2026-01-05T02:00:00Z");

  it("formats in WIB, WITA and WIT", () => {
    expect(formatDateTime(instant, "Asia/Jakarta", "id")).toBe("Senin, 5 Januari 2026 pukul 09.00 WIB");
    expect(formatDateTime(instant, "Asia/Makassar", "id")).toBe("Senin, 5 Januari 2026 pukul 10.00 WITA");
    expect(formatDateTime(instant, "Asia/Jayapura", "id")).toBe("Senin, 5 Januari 2026 pukul 11.00 WIT");
    expect(formatDateTime(instant, "Asia/Jakarta", "en")).toBe("Monday, 5 January 2026 at 09:00 WIB");
    expect(formatDateTime(new Date("2026-08-16T17:30:00Z"), "Asia/Jakarta", "id")).toBe("Senin, 17 Agustus 2026 pukul 00.30 WIB");
    expect(formatDate(instant, "Asia/Jayapura", "id")).toBe("5 Januari 2026");
  });

  it("uses the Indonesian thousands separator", () => {
    expect(formatNumber(1237, "id")).toBe("1.237");
    expect(formatNumber(1237, "en")).toBe("1,237");
  });

  it("knows each province's zone", () => {
    expect(timezoneForProvince("35")).toBe("Asia/Jakarta"); // Jawa Timur
    expect(timezoneForProvince("62")).toBe("Asia/Jakarta"); // Kalimantan Tengah
    expect(timezoneForProvince("51")).toBe("Asia/Makassar"); // Bali
    expect(timezoneForProvince("73")).toBe("Asia/Makassar"); // Sulawesi Selatan
    expect(timezoneForProvince("81")).toBe("Asia/Jayapura"); // Maluku
    expect(timezoneForProvince("96")).toBe("Asia/Jayapura"); // Papua Barat Daya
    expect(timezoneForProvince(null)).toBe("Asia/Jakarta"); // central units
  });
});

describe("profile rules", () => {
  it.each([
    ["Dr. Ir. Siti Rahayu, M.Kom.", null],
    ["I Gede Ngurah Wirawan", null],
    ["Ni Luh Putu Ayu", null],
    ["A'an Hidayat (Aan)", null],
    ["Bu", "too_short"],
    ["Budi 2", "invalid_characters"],
    ["Budi <b>", "invalid_characters"],
    ["x".repeat(101), "too_long"],
  ])("name %s -> %s", (name, problem) => {
    expect(checkFullName(name)).toBe(problem);
  });

  it("checks positions and normalises phone numbers", () => {
    expect(checkPosition("Kepala Seksi Persandian")).toBeNull();
    expect(checkPosition("-")).toBe("too_short");
    expect(normalizePhone("081234567890")).toBe("+6281234567890");
    expect(normalizePhone("6281234567890")).toBe("+6281234567890");
    expect(maskPhone("+6281234567890")).toBe("+62812****7890");
  });
});

describe("CSV for spreadsheets", async () => {
  const { toCsv } = await import("../src/shared/csv.js");
  it("writes a BOM, CRLF, quotes where needed and defuses formulas", () => {
    const csv = toCsv(["Nama", "Catatan"], [["Siti, S.Kom.", 'kata "kunci"'], ["=HYPERLINK(\"x\")", "+6281234567890"], ["@SUM(A1)", null]]).toString("utf8");
    expect(csv).toBe('\uFEFFNama,Catatan\r\n"Siti, S.Kom.","kata ""kunci"""\r\n"\'=HYPERLINK(""x"")",+6281234567890\r\n\'@SUM(A1),\r\n');
  });
});

describe("formatters made once and reused", async () => {
  const { dateTimeFormat, formatAllZones, monthName, numberFormat } = await import("../src/shared/time.js");

  it("hands out one formatter per locale and options, a different one when either differs", () => {
    const wib = dateTimeFormat("id-ID", { timeZone: "Asia/Jakarta", hour: "2-digit" });
    expect(dateTimeFormat("id-ID", { timeZone: "Asia/Jakarta", hour: "2-digit" })).toBe(wib);
    expect(dateTimeFormat("id-ID", { timeZone: "Asia/Jayapura", hour: "2-digit" })).not.toBe(wib);
    expect(dateTimeFormat("en-GB", { timeZone: "Asia/Jakarta", hour: "2-digit" })).not.toBe(wib);
    expect(numberFormat("id-ID")).toBe(numberFormat("id-ID"));
    expect(numberFormat("id-ID", { maximumFractionDigits: 1 })).not.toBe(numberFormat("id-ID"));
  });

  it("keeps each zone and language apart however the calls interleave", () => {
    const instant = new Date("2026-12-28T02:00:00Z");
    for (let round = 0; round < 3; round += 1) {
      expect(formatDateTime(instant, "Asia/Jayapura", "id")).toBe("Senin, 28 Desember 2026 pukul 11.00 WIT");
      expect(formatDateTime(instant, "Asia/Jakarta", "en")).toBe("Monday, 28 December 2026 at 09:00 WIB");
      expect(formatDateTime(instant, "Asia/Makassar", "id")).toBe("Senin, 28 Desember 2026 pukul 10.00 WITA");
      expect(formatAllZones(instant, "id")).toBe("Senin, 28 Desember 2026 pukul 09.00 WIB / 10.00 WITA / 11.00 WIT");
      expect(monthName(12, "id")).toBe("Desember");
      expect(monthName(12, "en")).toBe("December");
      expect(formatNumber(1237.5, "id")).toBe("1.237,5");
      expect(formatNumber(1237.5, "en")).toBe("1,237.5");
    }
  });
});
