// The outbox: every message the bot sends on its own initiative is a row here first, so nothing
// is lost on a restart and several processes can share the work without sending a row twice.
import { randomUUID } from "node:crypto";
import type { Database } from "../db/client.js";
import type { Clock } from "../shared/clock.js";
import { ERASED_PAYLOAD, type DeliveryPayload, type DeliveryRequest } from "./delivery-types.js";
import { splitHtml, splitTextWithEntities, TELEGRAM_CAPTION_LIMIT, TELEGRAM_TEXT_LIMIT } from "./split-message.js";

/** States a row never leaves: its payload is no longer needed. */
const FINISHED_STATES = ["sent", "failed", "skipped"];

/** Rows per statement when enqueueing many (SQLite allows ~32k bound values per statement). */
const CHUNK = 500;

export interface EnqueueResult {
  created: number;
  duplicates: number;
}

/**
 * Texts over Telegram's 4096 characters become several deliveries (key#1, key#2...) split at
 * paragraph boundaries; buttons go with the last part. A caption over 1024 characters is sent as
 * a text after the file.
 */
export function splitPayload(payload: DeliveryPayload): DeliveryPayload[] {
  if (payload.kind === "text") {
    const parts =
      payload.parseMode === "HTML"
        ? splitHtml(payload.text, TELEGRAM_TEXT_LIMIT).map((text) => ({ text, entities: undefined }))
        : splitTextWithEntities(payload.text, payload.entities, TELEGRAM_TEXT_LIMIT);
    // One part can still be shorter than the text: whitespace beyond the limit is dropped, not sent.
    if (parts.length === 1 && parts[0]!.text === payload.text) return [payload];
    return parts.map((part, i) => ({
      kind: "text" as const,
      text: part.text,
      parseMode: payload.parseMode,
      entities: part.entities?.length ? part.entities : undefined,
      replyMarkup: i === parts.length - 1 ? payload.replyMarkup : undefined,
    }));
  }
  const caption = payload.caption ?? "";
  const visible = payload.parseMode === "HTML" ? caption.replace(/<[^>]*>/g, "").replace(/&(?:#x?[0-9a-f]+|[a-z]+);/gi, "_") : caption;
  if (visible.length <= TELEGRAM_CAPTION_LIMIT) return [payload];
  const { captionEntities, parseMode, replyMarkup, caption: _caption, ...file } = payload;
  return [{ ...file }, ...splitPayload({ kind: "text", text: caption, parseMode, entities: captionEntities, replyMarkup })];
}

type Tx = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/** Inserts deliveries inside the caller's transaction (a broadcast and its deliveries commit together). */
export async function insertDeliveries(tx: Tx, requests: readonly DeliveryRequest[], now: Date): Promise<EnqueueResult> {
  const rows = requests.flatMap((r) => {
    const parts = splitPayload(r.payload);
    return parts.map((payload, i) => ({
      chatId: BigInt(r.chatId),
      payload: JSON.stringify(payload),
      dedupeKey: parts.length === 1 ? r.dedupeKey : `${r.dedupeKey}#${i + 1}`,
      notBefore: r.notBefore ?? now,
      broadcastId: r.broadcastId ?? null,
      createdAt: now,
    }));
  });
  let created = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const existing = new Set(
      (await tx.delivery.findMany({ where: { dedupeKey: { in: chunk.map((r) => r.dedupeKey) } }, select: { dedupeKey: true } })).map(
        (r) => r.dedupeKey,
      ),
    );
    const fresh = chunk.filter((r) => !existing.has(r.dedupeKey));
    if (fresh.length > 0) created += (await tx.delivery.createMany({ data: fresh })).count;
  }
  return { created, duplicates: rows.length - created };
}

/** Another process may enqueue the same key at the same moment: then the key is simply there. */
function isDuplicateKey(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}

async function insertOneByOne(db: Database, requests: readonly DeliveryRequest[], now: Date): Promise<EnqueueResult> {
  let created = 0;
  let duplicates = 0;
  for (const request of requests) {
    try {
      const r = await db.$transaction((tx) => insertDeliveries(tx, [request], now));
      created += r.created;
      duplicates += r.duplicates;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      duplicates += 1;
    }
  }
  return { created, duplicates };
}


export function createOutbox({ db, clock }: { db: Database; clock: Clock }) {
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };

  return {
    /** Called when something was enqueued, so an idle dispatcher in this process wakes up. */
    onEnqueued(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** Enqueues many deliveries in one transaction; keys already present are left alone. */
    async enqueue(requests: readonly DeliveryRequest[]): Promise<EnqueueResult> {
      const now = clock.now();
      let result: EnqueueResult;
      try {
        result = await db.$transaction((tx) => insertDeliveries(tx, requests, now), { timeout: 60_000 });
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
        result = await insertOneByOne(db, requests, now);
      }
      if (result.created > 0) notify();
      return result;
    },

    /** Tells an idle dispatcher in this process that rows were inserted by insertDeliveries. */
    notify,

    /** One message to one chat; a random key unless the caller has a natural one. */
    async send(chatId: bigint | number, payload: DeliveryPayload, dedupeKey: string = `msg:${randomUUID()}`) {
      return this.enqueue([{ chatId, payload, dedupeKey }]);
    },

    async markUnreachable(chatId: bigint, reason: string): Promise<void> {
      await db.unreachableChat.upsert({
        where: { chatId },
        create: { chatId, since: clock.now(), reason },
        update: { reason },
      });
    },

    /** The chat wrote to us (or added the bot back): deliver to it again. */
    async clearUnreachable(chatId: bigint): Promise<boolean> {
      return (await db.unreachableChat.deleteMany({ where: { chatId } })).count > 0;
    },

    /**
     * Rows of a dispatcher that died (its claim not refreshed for the lease; a live one refreshes it
     * every third of the lease, even while a request is out) go back to the queue. Those it was
     * sending are marked in doubt: they may have reached the chat just before the crash. Those it
     * had only claimed had not been sent.
     */
    async recoverStale(leaseMs: number): Promise<number> {
      const cutoff = new Date(clock.now().getTime() - leaseMs);
      const inFlight = await db.delivery.updateMany({
        where: { state: "sending", claimedAt: { lt: cutoff } },
        data: { state: "queued", claimToken: null, inDoubt: true },
      });
      const waiting = await db.delivery.updateMany({
        where: { state: "claimed", claimedAt: { lt: cutoff } },
        data: { state: "queued", claimToken: null },
      });
      return inFlight.count + waiting.count;
    },

    /**
     * Finished rows (sent, failed, skipped) older than the retention are deleted, counted from when
     * they finished. Any finished row that still holds its payload loses it (the dispatcher blanks
     * payloads itself; this catches rows finished elsewhere, such as a stopped broadcast's).
     */
    async prune(retentionDays: number): Promise<number> {
      const cutoff = new Date(clock.now().getTime() - retentionDays * 86_400_000);
      const deleted = await db.delivery.deleteMany({
        where: {
          OR: [
            { state: "sent", sentAt: { lt: cutoff } },
            { state: { in: ["failed", "skipped"] }, updatedAt: { lt: cutoff } },
          ],
        },
      });
      await db.delivery.updateMany({
        where: { state: { in: FINISHED_STATES }, payload: { not: ERASED_PAYLOAD } },
        data: { payload: ERASED_PAYLOAD },
      });
      return deleted.count;
    },

    async counts(where: { broadcastId?: number } = {}) {
      const groups = await db.delivery.groupBy({ by: ["state"], where, _count: { _all: true } });
      const byState = Object.fromEntries(groups.map((g) => [g.state, g._count._all])) as Record<string, number>;
      const inDoubt = await db.delivery.count({ where: { ...where, inDoubt: true } });
      return {
        queued: byState.queued ?? 0,
        sending: (byState.sending ?? 0) + (byState.claimed ?? 0),
        sent: byState.sent ?? 0,
        failed: byState.failed ?? 0,
        skipped: byState.skipped ?? 0,
        inDoubt,
      };
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
