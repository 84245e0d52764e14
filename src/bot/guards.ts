import type { ConversationContext } from "./context.js";
import { formatDateTime } from "../shared/time.js";
import { escapeHtml, popupText } from "../shared/html.js";

/**
 * Explains to someone who is not (or no longer) an approved member why they cannot use a feature.
 * Answers button presses with an alert and messages with a reply.
 */
export async function explainNotApproved(ctx: ConversationContext): Promise<void> {
  const { access } = ctx;
  const member = access.member;
  let text: string;
  switch (access.status) {
    case "pending":
      text = ctx.t("access-pending", {
        since: member ? formatDateTime(member.registeredAt, member.timezone, member.language) : "-",
      });
      break;
    case "rejected":
      text = ctx.t("access-rejected", { reason: escapeHtml(member?.rejectionReason ?? "-") });
      break;
    case "suspended":
      text = ctx.t("access-suspended", { reason: escapeHtml(member?.suspensionReason ?? "-") });
      break;
    default:
      text = ctx.t("access-unregistered");
  }
  await answer(ctx, text);
}

async function answer(ctx: ConversationContext, text: string) {
  if (ctx.callbackQuery) {
    await ctx.answerCallbackQuery({ text: popupText(text), show_alert: true });
  } else {
    await ctx.reply(text, { parse_mode: "HTML" });
  }
}
