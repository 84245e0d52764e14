// The bot's metrics: updates handled and how long they took, the outbox's depth, the dispatcher's
// outcomes and Telegram's 429s (read from its stats when scraped).
import type { Update } from "grammy/types";
import type { Database } from "../db/client.js";
import type { DispatcherStats } from "../delivery/dispatcher.js";
import { createRegistry, type Registry } from "./metrics.js";

export interface BotMetrics {
  registry: Registry;
  /** Records one handled update: its kind, whether its handler failed, and seconds taken. */
  updateHandled(update: Update, seconds: number, ok: boolean): void;
  webhookRejected(): void;
}

/** "message", "callback_query", ...: the update's one field besides update_id. */
export function updateKind(update: Update): string {
  return Object.keys(update).find((key) => key !== "update_id") ?? "unknown";
}

/** `apiStats`: the 429s the handlers and services got (outside the dispatcher). */
export function createBotMetrics(db: Database, stats: DispatcherStats, apiStats: { http429: number } = { http429: 0 }): BotMetrics {
  const registry = createRegistry();
  const handled = registry.counter("forum_bot_updates_handled_total", "Updates handled, by kind and result (ok or error).");
  const latency = registry.histogram(
    "forum_bot_update_handling_seconds",
    "Time from an update's arrival to the end of its handling (includes waiting for its chat's earlier updates).",
  );
  const rejected = registry.counter("forum_bot_webhook_rejected_total", "Webhook requests refused for a missing or wrong secret token.");
  registry.collected("forum_bot_outbox_queued", "Deliveries waiting in the outbox (state queued).", "gauge", async () => [
    { labels: {}, value: await db.delivery.count({ where: { state: "queued" } }) },
  ]);
  registry.collected("forum_bot_deliveries_total", "Outbox deliveries by outcome since start (retried: will be sent again).", "counter", () =>
    (["sent", "failed", "skipped", "retried", "timedOut"] as const).map((outcome) => ({ labels: { outcome }, value: stats[outcome] })),
  );
  registry.collected("forum_bot_telegram_429_total", "429 Too Many Requests answers from Telegram since start, to the dispatcher and to handlers.", "counter", () => [
    { labels: { source: "dispatcher" }, value: stats.http429 },
    { labels: { source: "handlers" }, value: apiStats.http429 },
  ]);
  rejected.inc({}, 0);
  return {
    registry,
    updateHandled(update, seconds, ok) {
      handled.inc({ kind: updateKind(update), result: ok ? "ok" : "error" });
      latency.observe(seconds);
    },
    webhookRejected: () => rejected.inc(),
  };
}
