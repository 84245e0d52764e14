import { Writable } from "node:stream";
import { GrammyError, HttpError } from "grammy";
import { describe, expect, it } from "vitest";
import { createLogger } from "../src/shared/logger.js";

const NIP = "19850312 201001 1 003";
const PHONE = "081234567890";
const NIP_PATTERN = /\d{8}\s?\d{6}\s?\d\s?\d{3}/;
const PHONE_PATTERN = /(\+62|0)8\d{8,11}/;

function memoryLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  return { logger: createLogger("debug", stream), lines };
}

const text = `Pendaftaran baru: Budi, NIP ${NIP}, telepon ${PHONE}`;

describe("log privacy (UU 27/2022)", () => {
  it("logs a failed Bot API call without its payload, message text, NIP or phone", () => {
    const { logger, lines } = memoryLogger();
    const grammyError = new GrammyError(
      "Call to 'sendMessage' failed!",
      { ok: false, error_code: 400, description: `Bad Request: can't parse entities in "${text}"` },
      "sendMessage",
      { chat_id: 42, text, parse_mode: "HTML" },
    );
    logger.error({ err: grammyError, updateId: 7, kind: "telegram" }, "update failed");
    logger.warn({ err: new HttpError("Network request for 'sendMessage' failed!", new Error(`socket hang up ${PHONE}`)) }, "network");
    logger.error({ err: new Error(`Invalid \`prisma.member.update()\` invocation: { nip: "${NIP}", phone: "${PHONE}" }`, { cause: grammyError }) }, "db");
    logger.info({ member: { nip: NIP, phone: PHONE, text }, text, payload: { text } }, "an ordinary object");
    logger.info(`interpolated ${text}`);

    expect(lines).toHaveLength(5);
    for (const line of lines) {
      expect(line).not.toMatch(NIP_PATTERN);
      expect(line).not.toMatch(PHONE_PATTERN);
    }
    // Structured fields never carry the message text; only a hand-written message is masked.
    for (const line of lines.slice(0, 4)) expect(line).not.toContain("Pendaftaran baru");
    // What is needed to diagnose the failure stays.
    const first = JSON.parse(lines[0]!) as { err: Record<string, unknown>; updateId: number };
    expect(first.updateId).toBe(7);
    expect(first.err).toMatchObject({ type: "GrammyError", error_code: 400, method: "sendMessage" });
    expect(first.err.message).toContain("sendMessage");
    expect(first.err.stack).toEqual(expect.any(String));
    expect(first.err).not.toHaveProperty("payload");
    const second = JSON.parse(lines[1]!) as { err: { type: string; error: { message: string } } };
    expect(second.err.type).toBe("HttpError");
    expect(second.err.error.message).toContain("socket hang up");
  });
});
