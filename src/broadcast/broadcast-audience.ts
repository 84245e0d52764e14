// /siaran, the audience step: admins choose everyone, some pokja (members or groups) or a province;
// coordinators choose among their own pokja. Only the buttons this sender was shown count:
// callback data can be forged.
import { InlineKeyboard } from "grammy";
import type { BotConversation, ConversationContext } from "../bot/context.js";
import { flowButton, waitForInput, type FlowButtons } from "../bot/conversation-kit.js";
import type { Audience } from "./broadcast-service.js";
import { cancelled } from "./broadcast-steps.js";

export interface PokjaChoice {
  id: number;
  name: string;
}

export interface ChosenAudience {
  audience: Audience;
  /** How the audience is named in the summary and in reports. */
  label: string;
  ctx: ConversationContext;
}

/** A coordinator's choices for each of their pokja: the argument letter, what it reaches, its words. */
const OWN_POKJA_MODES = {
  m: { members: true, groups: false, buttonKey: "bc-audience-own-members", labelKey: "bc-label-pokja-members" },
  g: { members: false, groups: true, buttonKey: "bc-audience-own-groups", labelKey: "bc-label-pokja-groups" },
  b: { members: true, groups: true, buttonKey: "bc-audience-own-both", labelKey: "bc-label-pokja-both" },
} as const;
type OwnPokjaMode = keyof typeof OWN_POKJA_MODES;

function isOwnPokjaMode(letter: string): letter is OwnPokjaMode {
  return Object.hasOwn(OWN_POKJA_MODES, letter);
}

export interface AudienceStepDeps {
  /** Provinces for the "members of a province" audience (code and name). */
  provinces: () => Promise<{ code: string; name: string }[]>;
}

export function createAudienceStep({ provinces }: AudienceStepDeps) {
  /** The first question: the whole audience menu, for admins or for a coordinator's own pokja. */
  async function chooseAudience(
    conversation: BotConversation,
    flow: FlowButtons,
    ctx: ConversationContext,
    choices: readonly PokjaChoice[],
    addressesEveryone: boolean,
  ): Promise<ChosenAudience | null> {
    const keyboard = new InlineKeyboard();
    if (addressesEveryone) {
      keyboard
        .text(ctx.t("bc-audience-all"), flowButton(flow, "aud", "all"))
        .row()
        .text(ctx.t("bc-audience-pokja-members"), flowButton(flow, "aud", "pm"))
        .row()
        .text(ctx.t("bc-audience-pokja-groups"), flowButton(flow, "aud", "pg"))
        .row()
        .text(ctx.t("bc-audience-province"), flowButton(flow, "aud", "prov"))
        .row();
    } else {
      for (const p of choices) {
        for (const [letter, mode] of Object.entries(OWN_POKJA_MODES)) {
          keyboard.text(ctx.t(mode.buttonKey, { pokja: p.name }), flowButton(flow, "own", `${letter}${p.id}`)).row();
        }
      }
    }
    keyboard.text(ctx.t("button-cancel"), flowButton(flow, "cancel"));
    await ctx.reply(ctx.t("bc-ask-audience"), { reply_markup: keyboard });
    const choice = await waitForInput(conversation, flow, { actions: [addressesEveryone ? "aud" : "own", "cancel"], acceptText: false });
    if (choice.kind !== "button" || choice.action === "cancel") {
      await cancelled(choice.ctx);
      return null;
    }
    await choice.ctx.editMessageReplyMarkup();

    if (choice.action === "own") {
      const own = ownPokja(choice.arg, choices, choice.ctx);
      if (!own) await cancelled(choice.ctx);
      return own;
    }
    if (choice.arg === "all") return { audience: { kind: "all" }, label: choice.ctx.t("bc-label-all"), ctx: choice.ctx };
    if (choice.arg === "prov") return chooseProvince(conversation, flow, choice.ctx);
    return choosePokja(conversation, flow, choice.ctx, choices, choice.arg === "pm");
  }

  /** A coordinator's pick ("m12": members of pokja 12), if it is one they were offered. */
  function ownPokja(arg: string, choices: readonly PokjaChoice[], ctx: ConversationContext): ChosenAudience | null {
    const letter = arg.slice(0, 1);
    const pokja = choices.find((p) => String(p.id) === arg.slice(1));
    if (!pokja || !isOwnPokjaMode(letter)) return null;
    const mode = OWN_POKJA_MODES[letter];
    return {
      audience: { kind: "pokja", pokjaIds: [pokja.id], members: mode.members, groups: mode.groups },
      label: ctx.t(mode.labelKey, { pokja: pokja.name }),
      ctx,
    };
  }

  /** Several pokja, toggled on one message; their members or their linked groups. */
  async function choosePokja(
    conversation: BotConversation,
    flow: FlowButtons,
    ctx: ConversationContext,
    choices: readonly PokjaChoice[],
    members: boolean,
  ): Promise<ChosenAudience | null> {
    const selected: number[] = [];
    const toggles = () => {
      const kb = new InlineKeyboard();
      for (const p of choices) kb.text(`${selected.includes(p.id) ? "✅" : "▫️"} ${p.name}`, flowButton(flow, "tog", p.id)).row();
      return kb.text(ctx.t("bc-button-next"), flowButton(flow, "next")).text(ctx.t("button-cancel"), flowButton(flow, "cancel"));
    };
    await ctx.reply(ctx.t("bc-ask-pokja"), { reply_markup: toggles() });
    for (;;) {
      const press = await waitForInput(conversation, flow, { actions: ["tog", "next", "cancel"], acceptText: false });
      if (press.kind !== "button" || press.action === "cancel") {
        await cancelled(press.ctx);
        return null;
      }
      if (press.action === "tog") {
        const id = Number(press.arg);
        if (!choices.some((p) => p.id === id)) continue;
        if (selected.includes(id)) selected.splice(selected.indexOf(id), 1);
        else selected.push(id);
        await press.ctx.editMessageReplyMarkup({ reply_markup: toggles() });
        continue;
      }
      if (selected.length === 0) {
        await press.ctx.reply(press.ctx.t("bc-pokja-none-selected"));
        continue;
      }
      await press.ctx.editMessageReplyMarkup();
      const names = choices.filter((p) => selected.includes(p.id)).map((p) => p.name).join(", ");
      return {
        audience: { kind: "pokja", pokjaIds: [...selected], members, groups: !members },
        label: press.ctx.t(members ? "bc-label-pokja-members" : "bc-label-pokja-groups", { pokja: names }),
        ctx: press.ctx,
      };
    }
  }

  /** The members of one province: the sender types part of its name, then picks it. */
  async function chooseProvince(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext): Promise<ChosenAudience | null> {
    const all = await conversation.external(() => provinces());
    await ctx.reply(ctx.t("bc-ask-province"));
    for (;;) {
      const input = await waitForInput(conversation, flow, { actions: ["prov", "cancel"] });
      if (input.kind === "button" && input.action === "cancel") {
        await cancelled(input.ctx);
        return null;
      }
      if (input.kind === "button" && input.action === "prov") {
        const province = all.find((p) => p.code === input.arg);
        if (!province) continue;
        await input.ctx.editMessageReplyMarkup();
        return {
          audience: { kind: "province", provinceCodes: [province.code] },
          label: input.ctx.t("bc-label-province", { province: province.name }),
          ctx: input.ctx,
        };
      }
      if (input.kind !== "text") continue;
      const query = input.text.toLowerCase();
      const matches = all.filter((p) => p.name.toLowerCase().includes(query)).slice(0, 10);
      if (matches.length === 0 || query.length < 3) {
        await input.ctx.reply(input.ctx.t("bc-province-none"));
        continue;
      }
      const keyboard = new InlineKeyboard();
      for (const p of matches) keyboard.text(p.name, flowButton(flow, "prov", p.code)).row();
      keyboard.text(input.ctx.t("button-cancel"), flowButton(flow, "cancel"));
      await input.ctx.reply(input.ctx.t("bc-province-pick"), { reply_markup: keyboard });
    }
  }

  return { chooseAudience };
}
