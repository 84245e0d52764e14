// Broadcasts (/siaran): who receives them, creating one with its deliveries in one transaction
// (within the sender's daily limit where it applies), stopping it, and the figures for progress
// messages and reports.
import type { Database } from "../db/client.js";
import type { Actor } from "../audit/audit-service.js";
import type { Clock } from "../shared/clock.js";
import { ERASED_PAYLOAD, type DeliveryPayload } from "../delivery/delivery-types.js";
import { insertDeliveries, type Outbox } from "../delivery/outbox.js";
import type { InlineKeyboardMarkup } from "grammy/types";
import { startOfLocalDay } from "../recommendations/recommendation-dates.js";
import { withHeader } from "./broadcast-header.js";

/** How many broadcasts a coordinator may create per calendar day in their zone; admins are not counted. */
export const DEFAULT_BROADCASTS_PER_DAY = 5;

/** A sender's day: how many they created, how many are left, and when the count starts again. */
export interface BroadcastQuota {
  used: number;
  limit: number;
  left: number;
  resetsAt: Date;
}

export type Audience =
  | { kind: "all" }
  | { kind: "pokja"; pokjaIds: number[]; members: boolean; groups: boolean }
  | { kind: "province"; provinceCodes: string[] };

/** What a broadcast is doing (the column holds one of these). */
export type BroadcastState = "scheduled" | "sending" | "done" | "stopped";

export interface Recipients {
  memberChatIds: bigint[];
  groupChatIds: bigint[];
  /** Each member's language, for the header and the reply button. */
  memberLanguages: Map<bigint, string>;
}

/** What recipients see around the sender's message, in their language (groups: Indonesian). */
export interface BroadcastFraming {
  header: (language: string) => string;
  /** The "reply to the sender" button of private copies; groups get none. */
  replyButton: (language: string, broadcastId: number) => InlineKeyboardMarkup;
}

export interface BroadcastProgress {
  id: number;
  total: number;
  sent: number;
  failed: number;
  blocked: number;
  stopped: number;
  pending: number;
  inDoubt: number;
  state: BroadcastState;
}

/**
 * One recipient's copy: the header in their language; a member's private copy also the reply button
 * (not the sender's own copy, nor a group's).
 */
function framed(payload: DeliveryPayload, framing: BroadcastFraming | undefined, broadcastId: number, memberLanguage: string | null, replies: boolean): DeliveryPayload {
  if (!framing) return payload;
  const language = memberLanguage ?? "id"; // groups: the forum's language
  const button = memberLanguage === null || !replies ? undefined : framing.replyButton(language, broadcastId);
  return withHeader(payload, framing.header(language), button);
}

export interface NewBroadcast {
  sender: Actor;
  senderChatId: bigint;
  audience: Audience;
  audienceLabel: string;
  payload: DeliveryPayload;
  mandatory: boolean;
  scheduledAt: Date | null;
  /** Header and reply button; without it the payload goes out as it is. */
  framing?: BroadcastFraming;
}

type Tx = Parameters<Parameters<Database["$transaction"]>[0]>[0];
type BroadcastRow = Awaited<ReturnType<Tx["broadcast"]["create"]>>;

/** A broadcast written: the row, and how many member chats and groups it goes to. */
export interface CreatedBroadcast {
  broadcast: BroadcastRow;
  members: number;
  groups: number;
}

export type LimitedCreation = ({ ok: true } & CreatedBroadcast) | { ok: false; quota: BroadcastQuota };

export function createBroadcastService({
  db,
  clock,
  outbox,
  dailyLimit = DEFAULT_BROADCASTS_PER_DAY,
}: {
  db: Database;
  clock: Clock;
  outbox: Outbox;
  dailyLimit?: number;
}) {
  /**
   * Broadcasts the sender created today (their calendar day), from the database, so the count holds
   * across restarts and processes. One stopped before anything of it went out (a scheduled one
   * cancelled in time) reached nobody and does not count.
   */
  async function quota(senderTelegramId: bigint, timezone: string, tx: Tx | Database = db): Promise<BroadcastQuota> {
    const now = clock.now();
    const used = await tx.broadcast.count({
      where: {
        senderTelegramId,
        createdAt: { gte: startOfLocalDay(now, timezone) },
        OR: [{ state: { not: "stopped" } }, { deliveries: { some: { state: "sent" } } }],
      },
    });
    return { used, limit: dailyLimit, left: Math.max(0, dailyLimit - used), resetsAt: startOfLocalDay(now, timezone, -1) };
  }

  /**
   * Approved members (without those who declined broadcasts, unless it is mandatory) and linked
   * groups, each chat once.
   */
  async function recipients(audience: Audience, mandatory: boolean): Promise<Recipients> {
    const optOut = mandatory ? {} : { broadcastOptOut: false };
    const select = { telegramId: true, language: true } as const;
    let members: { telegramId: bigint; language: string }[] = [];
    let groupChatIds: bigint[] = [];
    if (audience.kind === "all") {
      members = await db.member.findMany({ where: { status: "approved", ...optOut }, select });
    } else if (audience.kind === "province") {
      members = await db.member.findMany({
        where: { status: "approved", ...optOut, agency: { provinceCode: { in: audience.provinceCodes } } },
        select,
      });
    } else {
      const pokja = { id: { in: audience.pokjaIds }, retiredAt: null };
      if (audience.members) {
        members = await db.member.findMany({ where: { status: "approved", ...optOut, pokjaMemberships: { some: { status: "active", pokja } } }, select });
      }
      if (audience.groups) {
        groupChatIds = (await db.pokjaGroup.findMany({ where: { pokja }, select: { chatId: true } })).map((g) => g.chatId);
      }
    }
    const memberLanguages = new Map(members.map((m) => [m.telegramId, m.language]));
    return { memberChatIds: [...memberLanguages.keys()], groupChatIds: [...new Set(groupChatIds)], memberLanguages };
  }

  /**
   * The broadcast and one delivery per recipient chat, in one transaction; `refuse` (run inside it)
   * may stop it before anything is written.
   */
  async function insert(input: NewBroadcast, refuse?: (tx: Tx) => Promise<BroadcastQuota | null>): Promise<CreatedBroadcast | { refusal: BroadcastQuota }> {
    const { memberChatIds, groupChatIds, memberLanguages } = await recipients(input.audience, input.mandatory);
    const chats = [...memberChatIds, ...groupChatIds];
    const now = clock.now();
    const scheduledAt = input.scheduledAt ?? now;
    const result = await db.$transaction(
      async (tx) => {
        const refusal = refuse ? await refuse(tx) : null;
        if (refusal !== null) return { refusal, created: null };
        const created = await tx.broadcast.create({
          data: {
            senderId: input.sender.memberId,
            senderTelegramId: input.sender.telegramId,
            audience: JSON.stringify(input.audience),
            audienceLabel: input.audienceLabel,
            payload: JSON.stringify(input.payload),
            mandatory: input.mandatory,
            total: chats.length,
            scheduledAt,
            state: input.scheduledAt ? "scheduled" : "sending",
            progressChatId: input.senderChatId,
            createdAt: now,
          },
        });
        await insertDeliveries(
          tx,
          chats.map((chatId) => ({
            chatId,
            payload: framed(input.payload, input.framing, created.id, memberLanguages.get(chatId) ?? null, chatId !== input.sender.telegramId),
            dedupeKey: `broadcast:${created.id}:${chatId}`,
            notBefore: scheduledAt,
            broadcastId: created.id,
          })),
          now,
        );
        return { refusal: null, created };
      },
      { timeout: 120_000 },
    );
    if (result.refusal) return { refusal: result.refusal };
    outbox.notify();
    return { broadcast: result.created!, members: memberChatIds.length, groups: groupChatIds.length };
  }

  async function create(input: NewBroadcast): Promise<CreatedBroadcast> {
    const created = await insert(input);
    if (!("broadcast" in created)) throw new Error("broadcast refused without a limit");
    return created;
  }

  /**
   * As create, within the sender's daily limit (days in `timezone`), counted again inside the
   * transaction so that two sends at once cannot both slip under it.
   */
  async function createWithinLimit(input: NewBroadcast, timezone: string): Promise<LimitedCreation> {
    const result = await insert(input, async (tx) => {
      const q = await quota(input.sender.telegramId, timezone, tx);
      return q.left === 0 ? q : null;
    });
    if ("refusal" in result) return { ok: false, quota: result.refusal };
    return { ok: true, ...result };
  }

  async function setProgressMessage(broadcastId: number, messageId: number) {
    await db.broadcast.update({ where: { id: broadcastId }, data: { progressMessageId: messageId } });
  }

  /** Stops what has not gone out yet; what was sent stays sent. */
  async function stop(broadcastId: number) {
    const now = clock.now();
    return db.$transaction(async (tx) => {
      const changed = await tx.broadcast.updateMany({
        where: { id: broadcastId, state: { in: ["scheduled", "sending"] } },
        data: { state: "stopped", stoppedAt: now },
      });
      if (changed.count === 0) return false;
      // Rows a dispatcher has claimed but not begun to send are stopped too (see dispatcher).
      await tx.delivery.updateMany({
        where: { broadcastId, state: { in: ["queued", "claimed"] } },
        // A stopped row will never be sent: its content goes at once, like any finished row's.
        data: { state: "skipped", lastError: "stopped", claimToken: null, payload: ERASED_PAYLOAD },
      });
      return true;
    });
  }

  async function progress(broadcastId: number): Promise<BroadcastProgress | null> {
    const broadcast = await db.broadcast.findUnique({ where: { id: broadcastId } });
    if (!broadcast) return null;
    const rows = await db.delivery.groupBy({
      by: ["state", "lastError"],
      where: { broadcastId },
      _count: { _all: true },
    });
    const sum = (pick: (r: (typeof rows)[number]) => boolean) => rows.filter(pick).reduce((n, r) => n + r._count._all, 0);
    // A message split in parts counts once per recipient: count the chats, not the rows.
    const sentChats = await db.delivery.findMany({
      where: { broadcastId, state: "sent" },
      distinct: ["chatId"],
      select: { chatId: true },
    });
    return {
      id: broadcast.id,
      total: broadcast.total,
      sent: sentChats.length,
      failed: sum((r) => r.state === "failed"),
      blocked: sum((r) => r.state === "skipped" && r.lastError !== "stopped"),
      stopped: sum((r) => r.state === "skipped" && r.lastError === "stopped"),
      pending: sum((r) => r.state === "queued" || r.state === "claimed" || r.state === "sending"),
      inDoubt: await db.delivery.count({ where: { broadcastId, inDoubt: true } }),
      state: broadcast.state as BroadcastState,
    };
  }

  /** Marks a broadcast done once nothing of it is queued or in flight. */
  async function completeIfDone(broadcastId: number): Promise<boolean> {
    const pending = await db.delivery.count({ where: { broadcastId, state: { in: ["queued", "claimed", "sending"] } } });
    if (pending > 0) return false;
    const changed = await db.broadcast.updateMany({
      where: { id: broadcastId, state: { in: ["scheduled", "sending"] } },
      data: { state: "done", completedAt: clock.now() },
    });
    return changed.count > 0;
  }

  /** A scheduled broadcast whose time came is "sending" from then on. */
  async function markStarted(broadcastId: number) {
    await db.broadcast.updateMany({ where: { id: broadcastId, state: "scheduled" }, data: { state: "sending" } });
  }

  async function recent(senderTelegramId: bigint | null, limit = 10) {
    return db.broadcast.findMany({
      where: senderTelegramId === null ? {} : { senderTelegramId },
      orderBy: { id: "desc" },
      take: limit,
    });
  }

  /** Recipients the broadcast did not reach, with who they are where we know it. */
  async function undelivered(broadcastId: number) {
    const rows = await db.delivery.findMany({
      where: { broadcastId, state: { in: ["failed", "skipped", "queued", "claimed", "sending"] } },
      orderBy: { id: "asc" },
      select: { chatId: true, state: true, lastError: true, attempts: true },
    });
    const chatIds = [...new Set(rows.map((r) => r.chatId))];
    const members = await db.member.findMany({ where: { telegramId: { in: chatIds } }, include: { agency: true } });
    const groups = await db.pokjaGroup.findMany({ where: { chatId: { in: chatIds } }, include: { pokja: true } });
    return rows.map((r) => {
      const member = members.find((m) => m.telegramId === r.chatId);
      const group = groups.find((g) => g.chatId === r.chatId);
      return {
        chatId: r.chatId,
        name: member?.fullName ?? group?.title ?? "",
        agency: member?.agency.name ?? (group ? `Grup Pokja ${group.pokja.name}` : ""),
        state: r.state,
        reason: r.lastError ?? "",
        attempts: r.attempts,
      };
    });
  }

  return {
    recipients,
    quota,
    create,
    createWithinLimit,
    setProgressMessage,
    stop,
    progress,
    completeIfDone,
    markStarted,
    recent,
    undelivered,
    find: (id: number) => db.broadcast.findUnique({ where: { id } }),
  };
}

export type BroadcastService = ReturnType<typeof createBroadcastService>;
