// Typed callback data: one codec per kind of button, used both by the view that writes the button
// and by the handler that reads it. Data from Telegram can be forged, so unpacking checks every
// field (ids are positive safe integers, choices come from a fixed list) and returns null otherwise.
import type { Composer, Context, Filter } from "grammy";
import type { Audience } from "../access/access.js";

/** "id": a positive whole number (database ids, pages from 1); "int": zero or more; a list: one of these words; "token": [A-Za-z0-9_-]. */
export type FieldKind = "id" | "int" | "token" | readonly string[];
type FieldValue<K> = K extends "id" | "int" ? number : K extends readonly (infer W)[] ? W : string;
export type ButtonValue<S extends Record<string, FieldKind>> = { [F in keyof S]: FieldValue<S[F]> };

export interface ButtonCodec<T> {
  /** The fixed start of the data, e.g. "mt:r". */
  prefix: string;
  /** Who may press this kind of button at all; the handler checks the thing itself (permissions). */
  audience: Audience;
  pack(value: T): string;
  unpack(data: string | undefined): T | null;
  /** Data of this kind with every field at a plausible value (ids 1, first word): for tests that press every kind. */
  sample(): string;
}

const MAX_DATA_BYTES = 64;
const NUMBER = /^(0|[1-9][0-9]{0,14})$/;
const TOKEN = /^[A-Za-z0-9_-]{1,40}$/;
/** The largest id any table can hold on both databases (PostgreSQL's integer). */
export const MAX_ID = 2_147_483_647;

function readField(kind: FieldKind, raw: string): string | number | null {
  if (kind === "id" || kind === "int") {
    if (!NUMBER.test(raw)) return null;
    const n = Number(raw);
    // Ids are 32-bit integers in PostgreSQL (Prisma Int): anything larger is forged, not a row.
    return Number.isSafeInteger(n) && Math.abs(n) <= MAX_ID && (kind === "int" || n > 0) ? n : null;
  }
  if (kind === "token") return TOKEN.test(raw) ? raw : null;
  return kind.includes(raw) ? raw : null;
}

/**
 * Defines a kind of button. `fields` are written in their order after the prefix, separated by ":".
 * A kind with no fields is just its prefix ("pk:list").
 */
export function defineButton<const S extends Record<string, FieldKind>>(
  prefix: string,
  fields: S,
  audience: Audience = "approved",
): ButtonCodec<ButtonValue<S>> {
  const names = Object.keys(fields) as (keyof S & string)[];
  return {
    prefix,
    audience,
    pack(value) {
      const parts = names.map((name) => {
        const raw = String(value[name]);
        if (readField(fields[name]!, raw) === null) throw new Error(`button ${prefix}: bad ${name} "${raw}"`);
        return raw;
      });
      const data = [prefix, ...parts].join(":");
      if (Buffer.byteLength(data) > MAX_DATA_BYTES) throw new Error(`button ${prefix}: data over ${MAX_DATA_BYTES} bytes`);
      return data;
    },
    sample() {
      const parts = names.map((name) => {
        const kind = fields[name]!;
        return kind === "id" ? "1" : kind === "int" ? "0" : kind === "token" ? "x" : kind[0]!;
      });
      return [prefix, ...parts].join(":");
    },
    unpack(data) {
      if (data === undefined) return null;
      if (names.length === 0) return data === prefix ? ({} as ButtonValue<S>) : null;
      if (!data.startsWith(`${prefix}:`)) return null;
      const parts = data.slice(prefix.length + 1).split(":");
      if (parts.length !== names.length) return null;
      const value: Record<string, string | number> = {};
      for (const [i, name] of names.entries()) {
        const field = readField(fields[name]!, parts[i]!);
        if (field === null) return null;
        value[name] = field;
      }
      return value as ButtonValue<S>;
    },
  };
}

/** Handles presses of one kind of button; presses whose data does not unpack go on to the next handler. */
export function onButton<C extends Context, T>(
  composer: Composer<C>,
  codec: ButtonCodec<T>,
  handler: (ctx: Filter<C, "callback_query:data">, value: T) => unknown,
): void {
  composer.on("callback_query:data", async (ctx, next) => {
    const value = codec.unpack(ctx.callbackQuery.data);
    if (value === null) return next();
    await handler(ctx, value);
  });
}

/** The button kind that reads this data, if any. */
export function findButton(codecs: readonly ButtonCodec<unknown>[], data: string): ButtonCodec<unknown> | undefined {
  return codecs.find((codec) => codec.unpack(data) !== null);
}
