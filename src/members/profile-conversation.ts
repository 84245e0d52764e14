// /profil edits: one field per run, reusing the registration questions.
import type { AgencyService } from "../agencies/agency-service.js";
import type { BotConversation, ConversationContext } from "../bot/context.js";
import { newFlow } from "../bot/conversation-kit.js";
import type { Clock } from "../shared/clock.js";
import type { MemberService, ProfilePatch } from "./member-service.js";
import { askAgency, askFullName, askNip, askPhone, askPosition } from "./member-steps.js";

export const PROFILE_EDIT_CONVERSATION = "profileEdit";
export const PROFILE_FIELDS = ["name", "agency", "position", "nip", "phone"] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/** Applicants may still correct what they sent; rejected and suspended members may not. */
export function mayEditProfile(member: { status: string }): boolean {
  return member.status === "approved" || member.status === "pending";
}

const SAVE_RESULT_KEYS: Partial<Record<string, string>> = {
  saved: "profile-saved",
  unchanged: "profile-unchanged",
  not_allowed: "profile-edit-not-allowed",
};

export interface ProfileEditDeps {
  members: MemberService;
  agencies: AgencyService;
  clock: Clock;
}

export function createProfileEditConversation({ members, agencies, clock }: ProfileEditDeps) {
  return async function profileEdit(conversation: BotConversation, ctx: ConversationContext, field: ProfileField) {
    const memberId = ctx.access.member?.id;
    if (memberId === undefined || !PROFILE_FIELDS.includes(field)) return;
    // Not "prof": that prefix belongs to the /profil card's own buttons.
    const flow = await newFlow(conversation, "pfe");
    const today = new Date(await conversation.external(() => clock.now().toISOString()));

    let patch: ProfilePatch;
    let last: ConversationContext;
    switch (field) {
      case "name": {
        const r = await askFullName(conversation, flow, ctx);
        patch = { fullName: r.value };
        last = r.ctx;
        break;
      }
      case "agency": {
        const r = await askAgency(conversation, flow, ctx, agencies);
        patch = { agencyId: r.value.id };
        last = r.ctx;
        break;
      }
      case "position": {
        const r = await askPosition(conversation, flow, ctx);
        patch = { position: r.value };
        last = r.ctx;
        break;
      }
      // Skipping keeps what is on record (deleting personal data goes through the secretariat).
      case "nip": {
        const r = await askNip(conversation, flow, ctx, today);
        patch = r.value === null ? {} : { nip: r.value };
        last = r.ctx;
        break;
      }
      case "phone": {
        const r = await askPhone(conversation, flow, ctx);
        patch = r.value === null ? {} : { phone: r.value };
        last = r.ctx;
        break;
      }
    }
    const telegramId = last.from?.id;
    if (telegramId === undefined) return;
    // Checked again now: the member may have been suspended while typing.
    const result = await conversation.external(async (outside) => {
      const member = outside.access.member;
      if (!member || member.id !== memberId || !mayEditProfile(member)) return "not_allowed";
      const r = await members.updateProfile(memberId, patch, { memberId, telegramId: BigInt(telegramId) });
      return r.ok ? "saved" : r.reason;
    });
    await last.reply(last.t(SAVE_RESULT_KEYS[result] ?? "error-generic"));
  };
}
