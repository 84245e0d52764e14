// How a member is shown. Personal data (NIP, phone) only where the viewer needs it.
import type { Translator } from "../bot/i18n.js";
import { escapeHtml } from "../shared/html.js";
import { formatDateTime, timezoneAbbreviation } from "../shared/time.js";
import type { MemberWithAgency } from "./member-types.js";
import { nipLabelKey, roleKey, statusKey } from "./member-keys.js";

export interface CardOptions {
  language: string;
  /** The viewer's zone, for dates. */
  timezone: string;
  /** The member themself, or the secretariat. */
  showPersonalData: boolean;
}

export function memberCard(i18n: Translator, member: MemberWithAgency, options: CardOptions): string {
  const t = (key: string, vars?: Record<string, string | number>) => i18n.t(options.language, key, vars);
  const none = t("value-not-provided");
  const lines = [
    t("card-name", { value: escapeHtml(member.fullName) }),
    t("card-agency", { value: escapeHtml(member.agency.name) }),
    t("card-position", { value: escapeHtml(member.position) }),
  ];
  if (options.showPersonalData) {
    lines.push(t("card-nip", { label: t(nipLabelKey(member.nip)), value: member.nip ?? none }));
    lines.push(t("card-phone", { value: member.phone ?? none }));
    if (member.telegramUsername) lines.push(t("card-username", { value: escapeHtml(member.telegramUsername) }));
  }
  lines.push(t("card-status", { value: t(statusKey(member.status)) }));
  lines.push(t("card-role", { value: t(roleKey(member.role)) }));
  lines.push(t("card-timezone", { value: timezoneAbbreviation(member.timezone) }));
  lines.push(t("card-registered-at", { value: formatDateTime(member.registeredAt, options.timezone, options.language) }));
  if (member.status === "rejected" && member.rejectionReason) {
    lines.push(t("card-rejection-reason", { value: escapeHtml(member.rejectionReason) }));
  }
  if (member.status === "suspended" && member.suspensionReason) {
    lines.push(t("card-suspension-reason", { value: escapeHtml(member.suspensionReason) }));
  }
  return lines.join("\n");
}
