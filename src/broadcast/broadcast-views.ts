import { InlineKeyboard } from "grammy";
import { formatNumber } from "../shared/time.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

export function progressText(t: T, language: string, p: { sent: number; total: number; failed: number; blocked: number }): string {
  return t("bc-progress", {
    sent: formatNumber(p.sent, language),
    total: formatNumber(p.total, language),
    failed: formatNumber(p.failed, language),
    blocked: formatNumber(p.blocked, language),
  });
}

export function broadcastProgressKeyboard(t: T, broadcastId: number, scheduled: boolean): InlineKeyboard {
  return new InlineKeyboard().text(t(scheduled ? "bc-button-cancel-scheduled" : "bc-button-stop"), `bc:stop:${broadcastId}`);
}
