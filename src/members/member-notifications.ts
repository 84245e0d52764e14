// Messages the bot sends on its own initiative about memberships: to admins when someone
// registers, and to the member when their registration is reviewed or their role changes.
import { InlineKeyboard } from "grammy";
import type { Messenger } from "../bot/messenger.js";
import type { Translator } from "../bot/i18n.js";
import type { MemberService } from "./member-service.js";
import type { MemberWithAgency } from "./member-types.js";
import { memberCard } from "./member-cards.js";
import { escapeHtml } from "../shared/html.js";
import { ADMIN_BUTTONS } from "../admin/admin-buttons.js";
import { roleKey } from "./member-keys.js";

export interface MemberNotifications {
  registrationSubmitted(memberId: number): Promise<void>;
  /** A pending applicant corrected their data: the admins get the card again, as it is now. */
  registrationChanged(memberId: number): Promise<void>;
  registrationReviewed(member: MemberWithAgency): Promise<void>;
  roleChanged(member: MemberWithAgency): Promise<void>;
  suspended(member: MemberWithAgency): Promise<void>;
  reinstated(member: MemberWithAgency): Promise<void>;
}

export interface MemberNotificationDeps {
  messenger: Messenger;
  i18n: Translator;
  members: MemberService;
  defaultTimezone: string;
}

export function createMemberNotifications({ messenger, i18n, members, defaultTimezone }: MemberNotificationDeps): MemberNotifications {
  const send = messenger.send;

  function tellMember(member: MemberWithAgency, key: string, vars: Record<string, string> = {}) {
    return send(member.telegramId, i18n.t(member.language, key, { name: escapeHtml(member.fullName), ...vars }));
  }

  async function noticeToAdmins(memberId: number, headingKey: string, kind: "admin" | "changed") {
    const member = await members.findById(memberId);
    if (!member || (kind === "changed" && member.status !== "pending")) return;
    // One notice per version of the application: a change makes a new key, a retry the same one.
    const version = kind === "admin" ? "" : `changed:${member.updatedAt.getTime()}:`;
    for (const admin of await members.adminRecipients()) {
      if (admin.telegramId === member.telegramId) continue;
      const t = (key: string) => i18n.t(admin.language, key);
      const text = [
        t(headingKey),
        "",
        // The registration time in this admin's own zone.
        memberCard(i18n, member, { language: admin.language, timezone: admin.timezone ?? defaultTimezone, showPersonalData: true }),
      ].join("\n");
      const keyboard = new InlineKeyboard()
        .text(t("admin-button-approve"), ADMIN_BUTTONS.approve.pack({ memberId: member.id }))
        .text(t("admin-button-reject"), ADMIN_BUTTONS.reject.pack({ memberId: member.id }));
      await send(admin.telegramId, text, keyboard, `registration:${member.id}:${member.registeredAt.getTime()}:${version}admin:${admin.telegramId}`);
    }
  }

  return {
    async registrationSubmitted(memberId) {
      await noticeToAdmins(memberId, "admin-new-registration", "admin");
    },

    async registrationChanged(memberId) {
      await noticeToAdmins(memberId, "reg-changed-admin-notice", "changed");
    },

    async registrationReviewed(member) {
      if (member.status === "approved") await tellMember(member, "member-approved");
      else if (member.status === "rejected") {
        if (member.rejectionReason === null) await tellMember(member, "member-rejected-no-reason");
        else await tellMember(member, "member-rejected", { reason: escapeHtml(member.rejectionReason) });
      }
    },

    async roleChanged(member) {
      await tellMember(member, "member-role-changed", { role: i18n.t(member.language, roleKey(member.role)) });
    },

    async suspended(member) {
      await tellMember(member, "member-suspended", { reason: escapeHtml(member.suspensionReason ?? "-") });
    },

    async reinstated(member) {
      await tellMember(member, "member-reinstated");
    },
  };
}
