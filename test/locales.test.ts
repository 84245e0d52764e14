import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { FREQUENCIES } from "../src/meetings/recurrence.js";
import { REPORT_PERIODS } from "../src/recommendations/recommendation-composer.js";
import { CATEGORIES, STATUSES } from "../src/recommendations/recommendation-types.js";
import { ALL_COMMANDS as COMMANDS } from "../src/bot/features.js";
import { MEMBER_ROLES, MEMBER_STATUSES } from "../src/members/member-types.js";
import { PROFILE_FIELDS } from "../src/members/profile-conversation.js";
import { TASK_CSV_ERROR_CODES } from "../src/spbe-tasks/task-csv.js";

const root = path.join(import.meta.dirname, "..");
const LOCALES = ["id", "en"];

/** Every key of a locale, read from its per-feature files (locales/<locale>/<feature>.ftl). */
function keysOf(locale: string): Set<string> {
  const dir = path.join(root, "locales", locale);
  const keys = new Set<string>();
  const bundle = new FluentBundle(locale);
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ftl")).sort()) {
    const resource = new FluentResource(readFileSync(path.join(dir, file), "utf8"));
    expect(bundle.addResource(resource), `${locale}/${file} parses, with no key defined twice`).toEqual([]);
    for (const entry of resource.body) keys.add(entry.id);
  }
  return keys;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "generated" ? [] : sourceFiles(full);
    return full.endsWith(".ts") ? [full] : [];
  });
}

/** Keys built at run time from a prefix and a value, listed with every value they can take. */
const DYNAMIC_KEYS = [
  ...MEMBER_STATUSES.map((s) => `status-${s}`),
  ...MEMBER_ROLES.map((r) => `role-${r}`),
  ...["member", "admin"].map((r) => `admin-button-role-${r}`),
  ...COMMANDS.map((c) => `cmd-${c.command}`),
  ...["wib", "wita", "wit"].map((z) => `timezone-${z}`),
  ...["too-short", "too-long", "invalid-characters"].map((p) => `reg-name-${p}`),
  ...["too-short", "too-long"].map((p) => `reg-position-${p}`),
  ...["format", "length", "birth-date", "tmt", "gender", "serial"].map((r) => `reg-nip-invalid-${r}`),
  ...["not-found", "not-approved", "unchanged", "self", "configured-admin", "last-admin"].map((r) => `admin-change-refused-${r}`),
  ...["pending", "rejected", "suspended"].map((s) => `start-${s}`),
  ...["not-found", "retired", "already-member", "already-requested", "not-approved"].map((r) => `pokja-join-refused-${r}`),
  ...["not-found", "not-approved", "unchanged"].map((r) => `pokja-coordinator-refused-${r}`),
  ...["format", "impossible", "past", "weekday-mismatch", "too-far", "no-time"].map((r) => `bc-schedule-${r}`),
  ...["scheduled", "sending", "done", "stopped"].map((s) => `bc-state-${s}`),
  ...["belum-dimulai", "berjalan", "selesai", "ditunda"].map((s) => `task-status-${s}`),
  ...["hadir", "tidak-hadir", "diwakilkan", "pending"].map((r) => `meeting-rsvp-${r}`),
  ...["not-found", "cancelled", "over", "not-invited"].map((r) => `meeting-rsvp-refused-${r}`),
  ...["format", "impossible", "past", "weekday-mismatch", "too-far", "no-time"].map((r) => `meeting-date-${r}`),
  ...FREQUENCIES.map((f) => `meeting-repeat-${f}`),
  ...["before-first", "too-far"].map((r) => `meeting-until-${r}`),
  ...STATUSES.map((st) => `rec-status-${st.replace(/_/g, "-")}`),
  ...STATUSES.filter((st) => st !== "diajukan").map((st) => `rec-action-${st.replace(/_/g, "-")}`),
  ...CATEGORIES.map((c) => `rec-category-${c}`),
  ...["problem", "solution", "benefit"].map((p) => `rec-ask-${p}`),
  ...REPORT_PERIODS.map((p) => `rec-period-${p}`),
  ...["not-found", "stale", "not-allowed", "reason-required", "nothing-to-undo", "not-reviewer"].map((r) => `rec-refused-${r}`),
  ...["ok", "own", "already", "not-found"].map((r) => `rec-support-${r}`),
  ...[...TASK_CSV_ERROR_CODES, "unreadable"].map((code) => `task-import-error-${code.replace(/_/g, "-")}`),
];

describe("locales", () => {
  it("Indonesian and English have exactly the same keys", () => {
    const [id, en] = LOCALES.map(keysOf) as [Set<string>, Set<string>];
    expect([...id].filter((k) => !en.has(k))).toEqual([]);
    expect([...en].filter((k) => !id.has(k))).toEqual([]);
  });

  it("every key the code uses exists in every locale", () => {
    const defined = keysOf("id");
    const prefixes = new Set([...defined].map((k) => k.split("-")[0]));
    const used = new Set<string>(DYNAMIC_KEYS);
    const templatePrefixes = new Set<string>();
    for (const file of sourceFiles(path.join(root, "src"))) {
      if (file.includes(`${path.sep}telegram-standin${path.sep}`)) continue;
      const code = readFileSync(file, "utf8");
      // Every string literal shaped like a key of ours ("reg-ask-name") must be a key.
      for (const match of code.matchAll(/"([a-z]+(?:-[a-z0-9]+)+)"/g)) {
        if (prefixes.has(match[1]!.split("-")[0])) used.add(match[1]!);
      }
      // Keys built from a prefix (`status-${...}`) must have their values listed above.
      for (const match of code.matchAll(/`([a-z]+(?:-[a-z0-9]+)*-)\$\{/g)) {
        if (prefixes.has(match[1]!.split("-")[0])) templatePrefixes.add(match[1]!);
      }
    }
    expect(used.size).toBeGreaterThan(200);
    for (const prefix of templatePrefixes) {
      expect(DYNAMIC_KEYS.some((k) => k.startsWith(prefix)), `values of \`${prefix}\${...}\` listed in DYNAMIC_KEYS`).toBe(true);
    }
    for (const locale of LOCALES) {
      const keys = keysOf(locale);
      expect([...used].filter((k) => !keys.has(k)), `missing in ${locale}.ftl`).toEqual([]);
    }
  });

  it("profile fields each have an edit button in both languages", () => {
    for (const locale of LOCALES) {
      const keys = keysOf(locale);
      for (const field of PROFILE_FIELDS) expect(keys.has(`profile-button-${field}`)).toBe(true);
    }
  });
});
