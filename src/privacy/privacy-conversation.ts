// /hapus_akun as a flow: what is erased and what is kept, "Lanjutkan"; then "Ya, hapus data saya".
// "Batal" at both steps. Whether the person may erase is asked again at the moment of erasure.
import { InlineKeyboard } from "grammy";
import type { BotConversation, ConversationContext } from "../bot/context.js";
import { flowButton, newFlow, waitForInput, type FlowButtons } from "../bot/conversation-kit.js";
import type { CommandMenus } from "../bot/commands.js";
import type { Logger } from "../shared/logger.js";
import { ERASE_ACTIONS, ERASE_FLOW_PREFIX, exportButton } from "./privacy-buttons.js";
import type { EraseRefusal, PrivacyService } from "./privacy-service.js";
import { erasureGroupNotes, groupOutcomes } from "./privacy-views.js";

export const ERASE_CONVERSATION = "privacyErase";

/** What the person is told when erasure is refused (also before the flow starts). */
export const REFUSAL_KEYS: Record<EraseRefusal, string> = {
  not_found: "privacy-erase-none",
  configured_admin: "privacy-erase-configured-admin",
  last_admin: "privacy-erase-last-admin",
};

export interface EraseConversationDeps {
  privacy: PrivacyService;
  commandMenus: CommandMenus;
  logger: Logger;
}

/** Asks one of the two questions; true to go on. The buttons are removed either way. */
async function confirmStep(
  conversation: BotConversation,
  flow: FlowButtons,
  ctx: ConversationContext,
  textKey: string,
  yesKey: string,
  yesAction: string,
  withExport: boolean,
): Promise<ConversationContext | null> {
  const keyboard = new InlineKeyboard().text(ctx.t(yesKey), flowButton(flow, yesAction)).row();
  if (withExport) keyboard.text(ctx.t("privacy-button-export"), exportButton.pack({})).row();
  keyboard.text(ctx.t("button-cancel"), flowButton(flow, ERASE_ACTIONS.cancel));
  await ctx.reply(ctx.t(textKey), { parse_mode: "HTML", reply_markup: keyboard });
  const answer = await waitForInput(conversation, flow, { actions: [yesAction, ERASE_ACTIONS.cancel], acceptText: false });
  await answer.ctx.editMessageReplyMarkup().catch(() => undefined);
  if (answer.kind === "button" && answer.action === yesAction) return answer.ctx;
  await answer.ctx.reply(answer.ctx.t("privacy-erase-cancelled"));
  return null;
}

export function createEraseConversation({ privacy, commandMenus, logger }: EraseConversationDeps) {
  return async function privacyErase(conversation: BotConversation, ctx: ConversationContext) {
    const flow = await newFlow(conversation, ERASE_FLOW_PREFIX);
    const first = await confirmStep(conversation, flow, ctx, "privacy-erase-explain", "privacy-button-continue", ERASE_ACTIONS.continue, true);
    if (!first) return;
    const second = await confirmStep(conversation, flow, first, "privacy-erase-confirm", "privacy-button-erase", ERASE_ACTIONS.erase, false);
    if (!second) return;
    const telegramId = second.from?.id;
    if (telegramId === undefined) return;
    // Who they are, and whether they may, are read again now: the flow may have stayed open a while.
    // Out of the linked pokja groups first (the bot's own Api, outside the replay).
    const outcome = await conversation.external(async (outside) => {
      const result = await privacy.eraseOnRequest(BigInt(telegramId), outside.api);
      if (!result.ok) return { refused: result.reason };
      // Counts and outcomes only: never who, nor which group.
      logger.info({ memberId: result.memberId, groups: groupOutcomes(result.groups) }, "personal data erased on request");
      // A coordinator's or admin's longer command menu goes with the role.
      await commandMenus.forMember(BigInt(telegramId), "member");
      return { groups: result.groups };
    });
    if (outcome.refused !== undefined) {
      await second.reply(second.t(REFUSAL_KEYS[outcome.refused]), { parse_mode: "HTML" });
      return;
    }
    const parts = [{ key: "privacy-erase-done" }, ...erasureGroupNotes(outcome.groups)];
    await second.reply(parts.map((p) => second.t(p.key, p.vars)).join("\n\n"), { parse_mode: "HTML" });
  };
}
