// Messages about pokja the bot sends on its own initiative.
import { InlineKeyboard } from "grammy";
import type { Translator } from "../bot/i18n.js";
import type { Messenger } from "../bot/messenger.js";
import type { Pokja } from "../generated/prisma/client.js";
import type { MemberService } from "../members/member-service.js";
import type { MemberWithAgency } from "../members/member-types.js";
import { escapeHtml } from "../shared/html.js";
import { acceptButton, declineButton } from "./pokja-buttons.js";
import type { PokjaService } from "./pokja-service.js";

export interface PokjaNotificationDeps {
  messenger: Messenger;
  i18n: Translator;
  pokja: PokjaService;
  members: MemberService;
}

export function createPokjaNotifications({ messenger, i18n, pokja, members }: PokjaNotificationDeps) {
  /** The coordinators of a pokja, or the secretariat when it has none yet. */
  async function stewards(pokjaId: number) {
    const coordinators = await pokja.coordinators(pokjaId);
    if (coordinators.length > 0) return coordinators.map((c) => ({ telegramId: c.telegramId, language: c.language }));
    return members.adminRecipients();
  }

  function tell(member: MemberWithAgency, key: string, vars: Record<string, string>) {
    return messenger.send(member.telegramId, i18n.t(member.language, key, { name: escapeHtml(member.fullName), ...vars }));
  }

  return {
    stewards,

    async joinRequested(p: Pokja, member: MemberWithAgency) {
      for (const steward of await stewards(p.id)) {
        const t = (key: string, vars?: Record<string, string>) => i18n.t(steward.language, key, vars);
        const text = t("pokja-notify-request", {
          pokja: escapeHtml(p.name),
          name: escapeHtml(member.fullName),
          position: escapeHtml(member.position),
          agency: escapeHtml(member.agency.name),
        });
        const keyboard = new InlineKeyboard()
          .text(t("pokja-button-accept"), acceptButton.pack({ pokjaId: p.id, memberId: member.id }))
          .text(t("pokja-button-decline"), declineButton.pack({ pokjaId: p.id, memberId: member.id }));
        await messenger.send(steward.telegramId, text, keyboard);
      }
    },

    async requestDecided(member: MemberWithAgency, p: Pokja, accepted: boolean) {
      await tell(member, accepted ? "pokja-notify-accepted" : "pokja-notify-declined", { pokja: escapeHtml(p.name) });
    },

    async coordinatorChanged(member: MemberWithAgency, p: Pokja, assigned: boolean) {
      await tell(member, assigned ? "pokja-notify-coordinator-assigned" : "pokja-notify-coordinator-removed", {
        pokja: escapeHtml(p.name),
      });
    },

    async tellStewards(pokjaId: number, key: string, vars: Record<string, string>) {
      for (const steward of await stewards(pokjaId)) await messenger.send(steward.telegramId, i18n.t(steward.language, key, vars));
    },

    /** One message of several paragraphs (locale keys with their variables), in each steward's language. */
    async tellStewardsParagraphs(pokjaId: number, parts: readonly { key: string; vars: Record<string, string> }[]) {
      for (const steward of await stewards(pokjaId)) {
        await messenger.send(steward.telegramId, parts.map((p) => i18n.t(steward.language, p.key, p.vars)).join("\n\n"));
      }
    },
  };
}

export type PokjaNotifications = ReturnType<typeof createPokjaNotifications>;
