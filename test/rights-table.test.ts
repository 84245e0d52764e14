import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createPermissions } from "../src/access/permissions.js";
import { renderRightsTable, RULES } from "../src/access/rights.js";
import { ALL_COMMANDS } from "../src/bot/features.js";

describe("who may do what", () => {
  it("describes every rule of the permissions module, and nothing else", () => {
    const methods = Object.keys(createPermissions({} as never)).sort();
    expect(Object.keys(RULES).sort()).toEqual(methods);
  });

  it("shows README's rights table as the code has it", () => {
    const readme = readFileSync(path.join(import.meta.dirname, "..", "README.md"), "utf8");
    const table = renderRightsTable(ALL_COMMANDS);
    expect(readme.includes(table), "README.md's rights table differs from the code: run `npm run docs:rights`").toBe(true);
  });
});
