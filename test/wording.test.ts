// Every message of members, admin, pokja, SPBE tasks, broadcasts and recommendations rendered with the
// awkward inputs officials really type: a name ending in "S.Kom.", a meeting title starting with
// "Rapat", a pokja typed as "Pokja …", a reason that ends with its own full stop. No doubled words.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createI18n } from "../src/bot/i18n.js";
import { pokjaNameFromInput } from "../src/pokja/pokja-service.js";
import { meetingTitled } from "../src/recommendations/meeting-title.js";

const NAME = "Budi Santoso, S.Kom.";
const TITLE = "Rapat Koordinasi SPBE Desember";
const REASON = "Mohon gunakan akun dinas.";
const POKJA = pokjaNameFromInput("Pokja Kebijakan");
const FILES = readdirSync("locales/id").filter((f) => f.endsWith(".ftl") && f !== "meetings.ftl");

/** Every name, title and user text a message can carry, at its most awkward. */
const VARS: Record<string, string | number> = {
  name: NAME,
  by: NAME,
  reviewer: NAME,
  sender: NAME,
  title: TITLE,
  meeting: TITLE,
  titled: meetingTitled(TITLE),
  reason: REASON,
  note: REASON,
  comment: REASON,
  text: REASON,
  pokja: POKJA,
  role: "Koordinator",
  status: "Berjalan",
  count: 2,
  id: "7",
  number: "12",
};

function rendered(language: string): { key: string; text: string }[] {
  const i18n = createI18n("locales");
  return FILES.flatMap((file) => {
    const entries = readFileSync(`locales/${language}/${file}`, "utf8").split(/^(?=[a-z][a-z0-9-]* =)/m);
    return entries.flatMap((entry) => {
      const key = /^([a-z][a-z0-9-]*) =/.exec(entry)?.[1];
      if (!key) return [];
      // Variables this test has no awkward value for get a plain one.
      const plain = Object.fromEntries([...entry.matchAll(/\$([a-zA-Z]+)/g)].map((m) => [m[1]!, 3]));
      return [{ key, text: i18n.t(language, key, { ...plain, ...VARS }) }];
    });
  });
}

/** Sentences, with the name (whose own full stops are not sentence ends) replaced by a token. */
function sentences(text: string): string[] {
  return text.replaceAll(NAME, "NAMA").split(/[.!?]\s+|\n+/);
}

describe("no doubled words around inserted names, titles and typed sentences", () => {
  it("keeps a typed 'Pokja' prefix out of a pokja's name", () => {
    expect(pokjaNameFromInput("Pokja Kebijakan")).toBe("Kebijakan");
    expect(pokjaNameFromInput("  pokja   Keamanan Informasi")).toBe("Keamanan Informasi");
    expect(pokjaNameFromInput("Kebijakan")).toBe("Kebijakan");
    expect(pokjaNameFromInput("Pokjanas")).toBe("Pokjanas");
  });

  it("knows when a meeting's title already says 'Rapat'", () => {
    expect(meetingTitled("Rapat Koordinasi")).toBe("rapat");
    expect(meetingTitled("rapat pleno")).toBe("rapat");
    expect(meetingTitled("Koordinasi SPBE")).toBe("other");
    expect(meetingTitled("Rapatan")).toBe("other");
  });

  for (const language of ["id", "en"]) {
    it(`renders every ${language} message without doubled words or punctuation`, () => {
      const all = rendered(language);
      expect(all.length).toBeGreaterThan(300);
      const faults = all.flatMap(({ key, text }) => {
        const found: string[] = [];
        if (/\bpokja pokja\b/i.test(text)) found.push("Pokja Pokja");
        if (/\brapat:? rapat\b/i.test(text)) found.push("rapat Rapat");
        if (text.includes(".).")) found.push(".).");
        if (/(?<!\.)\.\.(?!\.)/.test(text)) found.push("..");
        // "Bapak/Ibu <nama>, Bapak/Ibu kini…": the name's sentence names its reader once.
        for (const s of sentences(text)) if (s.includes("Bapak/Ibu NAMA") && s.split("Bapak/Ibu").length > 2) found.push(`Bapak/Ibu twice: ${s}`);
        return found.map((f) => `${key}: ${f}`);
      });
      expect(faults).toEqual([]);
    });
  }

  it("says the coordinator's name once and the reason as typed", () => {
    const i18n = createI18n("locales");
    expect(i18n.t("id", "pokja-notify-coordinator-assigned", VARS)).toMatch(
      /^Bapak\/Ibu Budi Santoso, S\.Kom\. kini menjadi <b>koordinator Pokja Kebijakan<\/b>\./,
    );
    expect(i18n.t("id", "access-rejected", VARS)).toContain("Alasan: Mohon gunakan akun dinas.\n");
    expect(i18n.t("id", "rec-meeting-comment", { ...VARS, when: "Kamis" })).toBe("dijadwalkan dibahas dalam Rapat Koordinasi SPBE Desember (Kamis)");
    const plain = { ...VARS, title: "Koordinasi SPBE", titled: meetingTitled("Koordinasi SPBE"), when: "Kamis" };
    expect(i18n.t("id", "rec-meeting-comment", plain)).toBe("dijadwalkan dibahas dalam rapat Koordinasi SPBE (Kamis)");
  });
});
