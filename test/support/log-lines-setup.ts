// Runs in every test file (vitest.config.ts setupFiles): after the file, every log line its bots
// wrote is checked for a NIP or a phone number, and the file fails naming the line and the test
// that wrote it. Personal data must not reach the log (UU 27/2022), whichever scenario fails.
import { afterAll, beforeAll, beforeEach } from "vitest";
import { clearCollectedLogLines, collectedLogLines, personalDataIn, setCurrentTest } from "./log-collector.js";

beforeAll(() => {
  // Test files in one worker share modules (isolate: false): start from this file's own lines.
  clearCollectedLogLines();
  setCurrentTest("(before the tests)");
});

beforeEach((context) => {
  setCurrentTest(context.task.name);
});

afterAll(() => {
  const offending = collectedLogLines().flatMap(({ line, test }) => {
    const found = personalDataIn(line);
    return found ? [`${found} in a log line of "${test}": ${line}`] : [];
  });
  clearCollectedLogLines();
  if (offending.length > 0) {
    throw new Error(`${offending.length} log line(s) hold personal data (NIP or phone):\n${offending.slice(0, 5).join("\n")}`);
  }
});
