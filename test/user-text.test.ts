import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { profileName, profileUsername } from "../src/members/profile-name.js";
import { parseTaskCsv } from "../src/spbe-tasks/task-csv.js";
import { cleanLine, cleanUserText, cutText, fitText, MAX_COMBINING_MARKS } from "../src/shared/user-text.js";

/** Well-formed UTF-16 (no half surrogate pair): encodeURIComponent throws on anything else. */
function wellFormed(text: string): boolean {
  try {
    encodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

const graphemes = (text: string) => Array.from(new Intl.Segmenter("id", { granularity: "grapheme" }).segment(text), (s) => s.segment);

/** What must never survive cleaning: controls (but \n, \t), bidi, zero-width, BOM, soft hyphen, fillers. */
// eslint-disable-next-line no-control-regex -- these are what the test looks for
const FORBIDDEN = /[\0-\x08\x0B-\x1F\x7F-\x9F\u00AD\u061C\u180E\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u3164\uFEFF]/u;

const FAMILY = "\u{1F468}\u200D\u{1F469}\u200D\u{1F467}"; // 👨‍👩‍👧
const HEART = "\u2764\uFE0F"; // ❤️
const HEART_ON_FIRE = "\u2764\uFE0F\u200D\u{1F525}"; // ❤️‍🔥
const TECHNOLOGIST = "\u{1F469}\u{1F3FD}\u200D\u{1F4BB}"; // 👩🏽‍💻
const RAINBOW_FLAG = "\u{1F3F3}\uFE0F\u200D\u{1F308}"; // 🏳️‍🌈
const SCOTLAND = "\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"; // 🏴󠁧󠁢󠁳󠁣󠁴󠁿
const KEYCAP_ONE = "1\uFE0F\u20E3"; // 1️⃣
const INDONESIA = "\u{1F1EE}\u{1F1E9}"; // 🇮🇩

describe("cleanUserText", () => {
  it("removes NUL and other control characters, keeps line breaks and tabs, makes CR LF and CR a line break", () => {
    expect(cleanUserText("Rapat\u0000 Pokja\u0007\u001B\u007F\u0085")).toBe("Rapat Pokja");
    expect(cleanUserText("1. Evaluasi\r\n2. Rencana\r3. Lain\u20284.\tAkhir")).toBe("1. Evaluasi\n2. Rencana\n3. Lain\n4.\tAkhir");
  });

  it("removes bidi controls, so an RTL override cannot turn a name or file name around", () => {
    expect(cleanUserText("Budi \u202ESantoso")).toBe("Budi Santoso");
    expect(cleanUserText("laporan\u202Efdp.exe")).toBe("laporanfdp.exe");
    expect(cleanUserText("\u200E\u200F\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069\u061CAdmin")).toBe("Admin");
  });

  it("removes zero-width and other invisible characters", () => {
    expect(cleanUserText("Ad\u200Bmin")).toBe("Admin");
    expect(cleanUserText("\uFEFFKepala\u200C Bidang\u2060\u2061\u2062\u2063\u2064 Aplikasi\u180E\u00AD")).toBe("Kepala Bidang Aplikasi");
    // A name made of Hangul fillers looks blank on a card.
    expect(cleanUserText("\u3164\u3164")).toBe("");
    // Tag characters hide a whole sentence after a harmless word.
    expect(cleanUserText("Halo\u{E0069}\u{E0067}\u{E006E}\u{E006F}\u{E0072}\u{E0065}")).toBe("Halo");
    // Runs of variation selectors carry hidden data; one after a visible character is a real variant.
    expect(cleanUserText(`A${"\u{E0100}".repeat(20)}`)).toBe("A\u{E0100}");
    expect(cleanUserText(" \uFE0F")).toBe(" ");
  });

  it("removes lone surrogates (half an emoji) and keeps whole ones", () => {
    expect(cleanUserText("a\uD83Db\uDE00c")).toBe("abc");
    expect(cleanUserText("a\uD83D\uDE00")).toBe("a\u{1F600}");
    expect(wellFormed(cleanUserText("\uDE00\uD83D"))).toBe(true);
  });

  it("keeps emoji whole: joiners between pictographs, variation selectors, skin tones, flags, keycaps", () => {
    for (const emoji of [FAMILY, HEART, HEART_ON_FIRE, TECHNOLOGIST, RAINBOW_FLAG, SCOTLAND, KEYCAP_ONE, INDONESIA]) {
      expect(cleanUserText(`Salam ${emoji}!`)).toBe(`Salam ${emoji}!`);
    }
  });

  it("removes a joiner that joins no emoji", () => {
    expect(cleanUserText("Ad\u200Dmin")).toBe("Admin");
    expect(cleanUserText(`\u200D${FAMILY}\u200D`)).toBe(FAMILY);
    expect(cleanUserText("\u{1F468}\u200D\u200D\u{1F469}")).toBe("\u{1F468}\u200D\u{1F469}");
  });

  it("composes accents (NFC) and limits stacked marks", () => {
    expect(cleanUserText("Jose\u0301")).toBe("Jos\u00E9");
    const zalgo = cleanUserText(`a${"\u0336".repeat(50)}b`);
    expect(zalgo).toBe(`a${"\u0336".repeat(MAX_COMBINING_MARKS)}b`);
    // Selectors between marks do not reset the count.
    expect(cleanUserText(`a${"\u0336\u0336\u0336\uFE0F".repeat(10)}`).match(/\u0336/gu)).toHaveLength(MAX_COMBINING_MARKS);
    // A letter that only exists decomposed (Oriya ଡ଼) keeps its selector on a second cleaning too.
    expect(cleanUserText(cleanUserText("\u0B5C\uFE0F"))).toBe(cleanUserText("\u0B5C\uFE0F"));
  });

  it("leaves ordinary Indonesian text as it is", () => {
    const text = "Rapat Koordinasi SPBE — Dinas Kominfo Kota Surabaya (2026), pukul 09.00 WIB.\nAgenda: evaluasi.";
    expect(cleanUserText(text)).toBe(text);
  });

  it("for any text: well-formed, nothing forbidden left, and a second cleaning changes nothing", () => {
    const anyUnit = fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)),
      fc.integer({ min: 0x10000, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)),
      fc.constantFrom("\u200D", "\uFE0F", "\u202E", "\u200B", "\r", "\n", "\u0301", FAMILY, HEART, SCOTLAND, "\u{1F3F4}", "\u{E0067}"),
    );
    fc.assert(
      fc.property(fc.string({ unit: anyUnit, maxLength: 60 }), (text) => {
        const cleaned = cleanUserText(text);
        expect(wellFormed(cleaned)).toBe(true);
        expect(cleaned).not.toMatch(FORBIDDEN);
        expect(cleanUserText(cleaned)).toBe(cleaned);
      }),
      { numRuns: 3000 },
    );
  });

  it("cleanLine makes one trimmed line", () => {
    expect(cleanLine("  Budi\u200B\n Santoso\u202E ")).toBe("Budi Santoso");
  });
});

describe("cutText and fitText", () => {
  it("cut between graphemes with an ellipsis, never inside an emoji", () => {
    expect(cutText(FAMILY.repeat(10), 3)).toBe(`${FAMILY}${FAMILY}…`);
    expect(cutText("Rapat", 60)).toBe("Rapat");
    expect(cutText("Rapat koordinasi", 6)).toBe("Rapat…");
    const fitted = fitText(`${"a".repeat(9)}${FAMILY}`, 10);
    expect(fitted).toBe(`${"a".repeat(9)}…`);
    expect(fitText("Rapat", 5)).toBe("Rapat");
  });

  it("for any text of emoji and letters: well-formed, within the limit, made of the text's own graphemes", () => {
    const piece = fc.constantFrom("a", "é", " ", FAMILY, HEART, HEART_ON_FIRE, TECHNOLOGIST, RAINBOW_FLAG, SCOTLAND, KEYCAP_ONE, INDONESIA, "\u{1F600}");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), fc.integer({ min: 1, max: 70 }), (pieces, max) => {
        const text = pieces.join("");
        const cut = cutText(text, max);
        expect(wellFormed(cut)).toBe(true);
        expect(graphemes(cut).length).toBeLessThanOrEqual(max);
        const kept = cut.endsWith("…") && cut !== text ? cut.slice(0, -1) : cut;
        expect(text.startsWith(kept)).toBe(true);
        // Every grapheme kept is one of the text's, not a broken piece of one.
        expect(graphemes(kept)).toEqual(graphemes(text).slice(0, graphemes(kept).length));
        const fitted = fitText(text, max + 1);
        expect(wellFormed(fitted)).toBe(true);
        expect(fitted.length).toBeLessThanOrEqual(max + 1);
      }),
      { numRuns: 1000 },
    );
  });

  it("the old slice(0, 60) on a label would halve an emoji; cutText does not", () => {
    const label = `1. ${"Layanan ".repeat(7)}${FAMILY}${FAMILY}`;
    expect(wellFormed(label.slice(0, 60))).toBe(false);
    expect(wellFormed(cutText(label, 60))).toBe(true);
  });
});

describe("Telegram profile names", () => {
  it("are cleaned, on one line, and cut to the database limit without halving an emoji", () => {
    expect(profileName("Ad\u200Bmin\u202E", "Sekre\u0000tariat")).toBe("Admin Sekretariat");
    const long = profileName("B".repeat(99), FAMILY);
    expect(wellFormed(long)).toBe(true);
    expect(long.length).toBeLessThanOrEqual(100);
    expect(profileName("\u3164")).toBe("");
  });

  it("usernames are Latin letters, digits and _ or nothing", () => {
    expect(profileUsername("budi_s\u200B")).toBe("budi_s");
    expect(profileUsername("\u202Eadmin")).toBe("admin");
    expect(profileUsername("bu di")).toBeNull();
    expect(profileUsername(undefined)).toBeNull();
  });
});

describe("task import file", () => {
  it("cells and column names arrive clean: no bidi, zero-width or control characters, line numbers kept", () => {
    const csv = [
      "\uFEFFnomor,\u200Bjudul,catatan",
      "1,Penyusunan \u202Earsitektur\u2069 SPBE,\"Baris\u0007 satu\r\nbaris\u200B dua\"",
      "\u200B,\u202E,\u2060",
      "2,Evaluasi layanan \u2066digital\u2069 " + FAMILY + ",",
    ].join("\r\n");
    const result = parseTaskCsv(new TextEncoder().encode(csv), { agencyCodes: new Set(), pokja: [] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rows.map((r) => [r.line, r.number, r.title, r.note])).toEqual([
      [2, 1, "Penyusunan arsitektur SPBE", "Baris satu\nbaris dua"],
      [5, 2, `Evaluasi layanan digital ${FAMILY}`, null],
    ]);
  });
});
