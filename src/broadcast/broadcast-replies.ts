// Replies to a broadcast's sender, and the sender's answers, through the bot: a member who received
// a broadcast writes back; it reaches the sender's chat through the outbox as a message from the bot
// naming the member (name and agency; never a phone number or NIP). The sender may answer the same
// way. Each reply and answer is a delivery whose key starts with the broadcast and the member, which
// is also how they are counted: at most REPLIES_PER_BROADCAST each way, per member and broadcast
// (the count starts again once old deliveries are pruned). Keys end uniquely, so a reply is never
// taken for an earlier, pruned one.
import { randomUUID } from "node:crypto";
import type { Permissions } from "../access/permissions.js";
import type { Translator } from "../bot/i18n.js";
import type { Database } from "../db/client.js";
import type { DeliveryPayload } from "../delivery/delivery-types.js";
import type { Outbox } from "../delivery/outbox.js";
import { escapeHtml } from "../shared/html.js";
import { answerReplyButton, replyToSenderButton } from "./broadcast-buttons.js";
import type { Audience, BroadcastService } from "./broadcast-service.js";
import { cutText } from "../shared/user-text.js";

export const REPLY_MAX_LENGTH = 1000;
export const REPLIES_PER_BROADCAST = 3;
/** How much of the broadcast the reply quotes, so the sender knows which one it answers. */
const SNIPPET_LENGTH = 80;

export type ReplyRefusal = "not_found" | "not_recipient" | "limit";
export type AnswerRefusal = "not_found" | "not_sender" | "no_reply" | "limit";

export type Target<R> = { ok: true; name: string; left: number } | { ok: false; reason: R };

export interface BroadcastRepliesDeps {
  db: Database;
  outbox: Outbox;
  broadcasts: BroadcastService;
  i18n: Translator;
  permissions: Pick<Permissions, "repliesToBroadcast" | "answersBroadcastReply">;
}

/** The first words of the broadcast's text or caption; empty for a file without one. */
export function snippetOf(storedPayload: string): string {
  const payload = JSON.parse(storedPayload) as DeliveryPayload;
  const text = (payload.kind === "text" ? payload.text : (payload.caption ?? "")).replace(/\s+/g, " ").trim();
  if (text.length <= SNIPPET_LENGTH) return text;
  // Cut at the last word that fits, not inside one.
  const cut = cutText(text, SNIPPET_LENGTH).replace(/…$/, "");
  const space = cut.lastIndexOf(" ");
  return `${(space > SNIPPET_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, "")}…`;
}

export function createBroadcastReplies({ db, outbox, broadcasts, i18n, permissions }: BroadcastRepliesDeps) {
  const replyKey = (broadcastId: number, memberChatId: bigint) => `bcreply:${broadcastId}:${memberChatId}:`;
  const answerKey = (broadcastId: number, memberChatId: bigint) => `bcanswer:${broadcastId}:${memberChatId}:`;
  const countKeys = (prefix: string) => db.delivery.count({ where: { dedupeKey: { startsWith: prefix } } });

  const member = (where: { telegramId: bigint } | { id: number }) =>
    db.member.findUnique({ where, select: { id: true, telegramId: true, fullName: true, language: true, status: true, agency: { select: { name: true } } } });

  /** Whether this member may reply now, to whom, and how many replies they have left. */
  async function replyTarget(broadcastId: number, memberChatId: bigint): Promise<Target<ReplyRefusal>> {
    const broadcast = await broadcasts.find(broadcastId);
    if (!broadcast) return { ok: false, reason: "not_found" };
    const inAudienceNow = async () =>
      (await broadcasts.recipients(JSON.parse(broadcast.audience) as Audience, broadcast.mandatory)).memberChatIds.includes(memberChatId);
    if (!(await permissions.repliesToBroadcast(memberChatId, broadcast, inAudienceNow))) return { ok: false, reason: "not_recipient" };
    const left = REPLIES_PER_BROADCAST - (await countKeys(replyKey(broadcastId, memberChatId)));
    if (left <= 0) return { ok: false, reason: "limit" };
    const sender = await member({ telegramId: broadcast.senderTelegramId });
    return { ok: true, name: sender?.fullName ?? "", left };
  }

  /**
   * One message through the bot, reply or answer alike: who wrote (name and agency, nothing more), the
   * start of the broadcast it concerns, the text escaped, and the button to write back.
   */
  async function forward(input: {
    chatId: bigint;
    language: string;
    messageKey: "bc-reply-received" | "bc-answer-received";
    from: { fullName: string; agencyName: string };
    storedPayload: string;
    text: string;
    button: { labelKey: "bc-button-answer" | "bc-button-reply"; data: string };
    dedupeKey: string;
  }) {
    const t = (key: string, vars?: Record<string, string | number>) => i18n.t(input.language, key, vars);
    await outbox.send(
      input.chatId,
      {
        kind: "text",
        parseMode: "HTML",
        text: t(input.messageKey, {
          name: escapeHtml(input.from.fullName),
          agency: escapeHtml(input.from.agencyName),
          snippet: escapeHtml(snippetOf(input.storedPayload) || t("bc-snippet-file")),
          text: escapeHtml(input.text),
        }),
        replyMarkup: { inline_keyboard: [[{ text: t(input.button.labelKey), callback_data: input.button.data }]] },
      },
      // Unique, so a reply is never taken for an earlier one whose row was pruned.
      `${input.dedupeKey}:${randomUUID()}`,
    );
  }

  /** The reply, to the sender's chat (whether or not they are still staff), with a button to answer. */
  async function sendReply(broadcastId: number, memberChatId: bigint, text: string): Promise<{ ok: true; name: string } | { ok: false; reason: ReplyRefusal }> {
    const target = await replyTarget(broadcastId, memberChatId);
    if (!target.ok) return target;
    const broadcast = (await broadcasts.find(broadcastId))!;
    const from = (await member({ telegramId: memberChatId }))!;
    const sender = await member({ telegramId: broadcast.senderTelegramId });
    await forward({
      chatId: broadcast.senderTelegramId,
      language: sender?.language ?? "id",
      messageKey: "bc-reply-received",
      from: { fullName: from.fullName, agencyName: from.agency.name },
      storedPayload: broadcast.payload,
      text,
      button: { labelKey: "bc-button-answer", data: answerReplyButton.pack({ broadcastId, memberId: from.id }) },
      dedupeKey: `${replyKey(broadcastId, memberChatId)}${REPLIES_PER_BROADCAST - target.left + 1}`,
    });
    return { ok: true, name: target.name };
  }

  /** Whether the presser may answer this member now: the broadcast's sender, after a reply of theirs. */
  async function answerTarget(broadcastId: number, senderChatId: bigint, memberId: number): Promise<Target<AnswerRefusal>> {
    const broadcast = await broadcasts.find(broadcastId);
    const to = await member({ id: memberId });
    if (!broadcast || !to) return { ok: false, reason: "not_found" };
    const replied = (await countKeys(replyKey(broadcastId, to.telegramId))) > 0;
    if (!permissions.answersBroadcastReply(senderChatId, broadcast, replied)) {
      // Which of the two conditions failed only chooses the words of the refusal.
      return { ok: false, reason: broadcast.senderTelegramId === senderChatId ? "no_reply" : "not_sender" };
    }
    const left = REPLIES_PER_BROADCAST - (await countKeys(answerKey(broadcastId, to.telegramId)));
    if (left <= 0) return { ok: false, reason: "limit" };
    return { ok: true, name: to.fullName, left };
  }

  /** The sender's answer, to the member's chat, with the reply button again. */
  async function sendAnswer(broadcastId: number, senderChatId: bigint, memberId: number, text: string): Promise<{ ok: true; name: string } | { ok: false; reason: AnswerRefusal }> {
    const target = await answerTarget(broadcastId, senderChatId, memberId);
    if (!target.ok) return target;
    const broadcast = (await broadcasts.find(broadcastId))!;
    const to = (await member({ id: memberId }))!;
    const sender = await member({ telegramId: senderChatId });
    await forward({
      chatId: to.telegramId,
      language: to.language,
      messageKey: "bc-answer-received",
      from: { fullName: sender?.fullName ?? "", agencyName: sender?.agency.name ?? "-" },
      storedPayload: broadcast.payload,
      text,
      button: { labelKey: "bc-button-reply", data: replyToSenderButton.pack({ broadcastId }) },
      dedupeKey: `${answerKey(broadcastId, to.telegramId)}${REPLIES_PER_BROADCAST - target.left + 1}`,
    });
    return { ok: true, name: target.name };
  }

  return { replyTarget, sendReply, answerTarget, sendAnswer };
}

export type BroadcastReplies = ReturnType<typeof createBroadcastReplies>;
