// Broadcasts (/siaran): who receives them, creating one with its deliveries in one transaction,
// stopping it, and the figures for progress messages and reports.
import type { Database } from "../db/client.js";
import type { Actor } from "../audit/audit-service.js";
import type { Clock } from "../shared/clock.js";
import type { DeliveryPayload } from "../delivery/delivery-types.js";
import { insertDeliveries, type Outbox } from "../delivery/outbox.js";
import type { InlineKeyboardMarkup } from "grammy/types";
import { withHeader } from "./broadcast-header.js";

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

export function createBroadcastService({ db, clock, outbox }: { db: Database; clock: Clock; outbox: Outbox }) {
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

  async function create(input: {
    sender: Actor;
    senderChatId: bigint;
    audience: Audience;
    audienceLabel: string;
    payload: DeliveryPayload;
    mandatory: boolean;
    scheduledAt: Date | null;
    /** Header and reply button; without it the payload goes out as it is. */
    framing?: BroadcastFraming;
  }) {
    const { memberChatIds, groupChatIds, memberLanguages } = await recipients(input.audience, input.mandatory);
    const chats = [...memberChatIds, ...groupChatIds];
    const now = clock.now();
    const scheduledAt = input.scheduledAt ?? now;
    const broadcast = await db.$transaction(
      async (tx) => {
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
        return created;
      },
      { timeout: 120_000 },
    );
    outbox.notify();
    return { broadcast, members: memberChatIds.length, groups: groupChatIds.length };
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
        data: { state: "skipped", lastError: "stopped", claimToken: null },
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
    create,
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
