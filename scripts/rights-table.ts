// Rewrites README's rights table from the code (the features' commands and the permissions rules):
// `npm run docs:rights`. test/rights-table.test.ts fails when README and the code disagree.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { renderRightsTable } from "../src/access/rights.js";
import { ALL_COMMANDS } from "../src/bot/features.js";

const readmePath = path.join(import.meta.dirname, "..", "README.md");
const readme = readFileSync(readmePath, "utf8");
const start = readme.indexOf("| Command | Who | Where |");
const rulesHead = readme.indexOf("| Rule (src/access/permissions.ts) | Who |", start);
if (start < 0 || rulesHead < 0) throw new Error("README has no rights table to replace");
// The rules table ends at the first line after it that is not a table row.
let end = readme.indexOf("\n", rulesHead);
while (readme.startsWith("|", end + 1)) end = readme.indexOf("\n", end + 1);
writeFileSync(readmePath, readme.slice(0, start) + renderRightsTable(ALL_COMMANDS) + readme.slice(end));
console.log("README rights table updated.");
