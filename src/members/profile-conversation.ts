// /profil edits: one field per run, reusing the registration questions.
import type { AgencyService } from "../agencies/agency-service.js";
import type { BotConversation, ConversationContext } from "../bot/context.js";
import { newFlow } from "../bot/conversation-kit.js";
import type { Clock } from "../shared/clock.js";
import type { MemberService, ProfilePatch } from "./member-service.js";
import type { MemberNotifications } from "./member-notifications.js";
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
  saved_pending: "profile-saved-pending",
  erased_nip: "profile-nip-erased",
  erased_phone: "profile-phone-erased",
  unchanged: "profile-unchanged",
  not_allowed: "profile-edit-not-allowed",
};

export interface ProfileEditDeps {
  members: MemberService;
  agencies: AgencyService;
  clock: Clock;
  notifications: MemberNotifications;
}

export function createProfileEditConversation({ members, agencies, clock, notifications }: ProfileEditDeps) {
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
      // "Lewati" here means "I do not want this on record": the stored value is erased.
      case "nip": {
        const r = await askNip(conversation, flow, ctx, today);
        patch = { nip: r.value };
        last = r.ctx;
        break;
      }
      case "phone": {
        const r = await askPhone(conversation, flow, ctx);
        patch = { phone: r.value };
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
      if (!r.ok) return r.reason;
      // The admins were shown the application as sent: a change before their decision is sent to
      // them again, so the card they approve from is the applicant as they are now.
      if (r.member.status === "pending") {
        await notifications.registrationChanged(r.member.id);
        return "saved_pending";
      }
      if ((field === "nip" || field === "phone") && r.member[field] === null) return `erased_${field}`;
      return "saved";
    });
    await last.reply(last.t(SAVE_RESULT_KEYS[result] ?? "error-generic"));
  };
}
