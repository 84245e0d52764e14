import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { ALL_COMMANDS } from "../src/bot/features.js";

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
    return /\.tsx?$/.test(full) ? [full] : [];
  });
}

/** Command descriptions are the one family of keys named after data: "cmd-<command>", checked below. */
const COMMAND_KEY_PREFIX = "cmd-";

describe("locales", () => {
  const defined = keysOf("id");
  const prefixes = new Set([...defined].map((k) => k.split("-")[0]));
  const files = [...sourceFiles(path.join(root, "src")), ...sourceFiles(path.join(root, "web"))].map((file) => ({ file: path.relative(root, file), code: readFileSync(file, "utf8") }));

  it("Indonesian and English have exactly the same keys", () => {
    const [id, en] = LOCALES.map(keysOf) as [Set<string>, Set<string>];
    expect([...id].filter((k) => !en.has(k))).toEqual([]);
    expect([...en].filter((k) => !id.has(k))).toEqual([]);
  });

  it("builds no key from pieces: reasons and statuses map to whole keys through typed tables", () => {
    const built: string[] = [];
    for (const { file, code } of files) {
      for (const match of code.matchAll(/`([a-z]+(?:-[a-z0-9]+)*-)\$\{/g)) {
        if (prefixes.has(match[1]!.split("-")[0]) && match[1] !== COMMAND_KEY_PREFIX) built.push(`${file}: \`${match[1]}\${...}\``);
      }
    }
    expect(built).toEqual([]);
  });

  it("every key the code names exists in every locale, and every key is used", () => {
    const used = new Set<string>(ALL_COMMANDS.map((c) => `${COMMAND_KEY_PREFIX}${c.command}`));
    for (const { code } of files) {
      // Every string literal shaped like a key of ours ("reg-ask-name") must be a key.
      for (const match of code.matchAll(/["']([a-z]+(?:-[a-z0-9]+)+)["']/g)) {
        if (prefixes.has(match[1]!.split("-")[0])) used.add(match[1]!);
      }
    }
    expect(used.size).toBeGreaterThan(200);
    for (const locale of LOCALES) {
      const keys = keysOf(locale);
      expect([...used].filter((k) => !keys.has(k)), `missing in locales/${locale}/`).toEqual([]);
    }
    expect([...defined].filter((k) => !used.has(k)), "keys no code uses").toEqual([]);
  });
});
