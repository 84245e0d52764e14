import pino from "pino";

export type Logger = pino.Logger;

/**
 * Personal data (UU 27/2022) must not reach the log: a failed Bot API call carries the whole
 * request (message text with NIP or phone) in `error.payload`, and pino's default error
 * serializer copies every own property. Errors are logged with what is needed to diagnose
 * them, never the request or the message text.
 */
const NIP_PATTERN = /\d{8}\s?\d{6}\s?\d\s?\d{3}/g;
const PHONE_PATTERN = /(\+62|0)8\d{8,11}/g;
const HIDDEN = "[disembunyikan]";
const MAX_CAUSE_DEPTH = 3;

/** Masks anything that looks like a NIP or an Indonesian mobile number. */
export function maskPersonalData(text: string): string {
  return text.replace(NIP_PATTERN, HIDDEN).replace(PHONE_PATTERN, HIDDEN);
}

/** Strings in a request payload (text, caption, ...) that an error message might quote. */
function payloadStrings(payload: unknown): string[] {
  if (!payload || typeof payload !== "object") return [];
  return Object.values(payload as Record<string, unknown>).filter(
    (value): value is string => typeof value === "string" && value.length >= 4,
  );
}

function scrub(text: string, payload: unknown): string {
  let result = text;
  for (const value of payloadStrings(payload)) result = result.split(value).join(HIDDEN);
  return maskPersonalData(result);
}

export interface SerializedError {
  type: string;
  message: string;
  stack?: string;
  error_code?: number;
  description?: string;
  method?: string;
  code?: string;
  retry_after?: number;
  cause?: SerializedError;
  error?: SerializedError;
}

/** The `err` serializer: name, message, code, description, method and stack; no payload. */
export function serializeError(value: unknown, depth = 0): SerializedError | unknown {
  if (!(value instanceof Error)) {
    if (value && typeof value === "object") return { type: "NonError", message: HIDDEN };
    return typeof value === "string" ? maskPersonalData(value) : value;
  }
  const source = value as Error & Record<string, unknown>;
  const payload = source.payload;
  const out: SerializedError = { type: source.name || source.constructor?.name || "Error", message: scrub(source.message ?? "", payload) };
  if (typeof source.stack === "string") out.stack = scrub(source.stack, payload);
  if (typeof source.error_code === "number") out.error_code = source.error_code;
  if (typeof source.description === "string") out.description = scrub(source.description, payload);
  if (typeof source.method === "string") out.method = source.method;
  if (typeof source.code === "string") out.code = source.code;
  const parameters = source.parameters as { retry_after?: unknown } | undefined;
  if (typeof parameters?.retry_after === "number") out.retry_after = parameters.retry_after;
  if (depth < MAX_CAUSE_DEPTH) {
    // HttpError keeps the network error in `error`; others chain through `cause`.
    if (source.cause !== undefined) out.cause = serializeError(source.cause, depth + 1) as SerializedError;
    if (source.error instanceof Error) out.error = serializeError(source.error, depth + 1) as SerializedError;
  }
  return out;
}

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      serializers: { err: serializeError, error: serializeError },
      // The message itself (and any interpolated string) is masked as a last line of defence.
      hooks: {
        logMethod(args, method) {
          const masked = args.map((arg: unknown) => (typeof arg === "string" ? maskPersonalData(arg) : arg));
          method.apply(this, masked as Parameters<typeof method>);
        },
      },
      // The token is part of API URLs in some error messages; never let it reach the log.
      // Message text and personal fields stay out too.
      redact: {
        paths: [
          "token",
          "botToken",
          "config.botToken",
          "*.botToken",
          "text",
          "payload",
          "phone",
          "nip",
          "*.text",
          "*.payload",
          "*.phone",
          "*.nip",
        ],
        censor: HIDDEN,
      },
    },
    destination,
  );
}
