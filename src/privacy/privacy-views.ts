// What /data_saya sends: the JSON file (everything, as stored) and a readable summary in the
// person's language. Pure functions.
import { formatDate, timezoneAbbreviation } from "../shared/time.js";
import { roleKey, statusKey } from "../members/member-keys.js";
import type { Exported } from "./privacy-export.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

interface ExportedMember {
  id: number;
  telegramId: string;
  telegramUsername: string | null;
  fullName: string;
  agency: { name: string };
  position: string;
  nip: string | null;
  phone: string | null;
  status: string;
  role: string;
  consentAt: string;
  consentVersion: string;
  registeredAt: string;
}

interface ExportedSettings {
  language: string;
  timezone: string;
  broadcastOptOut: boolean;
  remindersMuted: boolean;
}

const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);
const names = (value: unknown) => (Array.isArray(value) ? (value as { pokja: string }[]).map((v) => v.pokja) : []);

/** The readable summary (plain text, for a .txt file). */
export function summaryText(t: T, data: Exported, timezone: string, language: string): string {
  const member = data.member as ExportedMember;
  const settings = data.settings as ExportedSettings;
  const date = (iso: string) => formatDate(new Date(iso), timezone, language);
  const none = t("privacy-none");
  const invites = (data.meetingInvites ?? []) as { attended: boolean }[];
  const pokja = names(data.pokjaMemberships);
  const coordinates = names(data.coordinatorOf);
  return t("privacy-summary", {
    exportedAt: date(String(data.exportedAt)),
    name: member.fullName,
    agency: member.agency.name,
    position: member.position || none,
    nip: member.nip ?? none,
    phone: member.phone ?? none,
    username: member.telegramUsername ? `@${member.telegramUsername}` : none,
    telegramId: member.telegramId,
    status: t(statusKey(member.status)),
    role: t(roleKey(member.role)),
    registeredAt: date(member.registeredAt),
    consentAt: date(member.consentAt),
    consentVersion: member.consentVersion,
    language: settings.language === "en" ? "English" : "Bahasa Indonesia",
    timezone: `${timezoneAbbreviation(settings.timezone)} (${settings.timezone})`,
    broadcasts: t(settings.broadcastOptOut ? "privacy-broadcasts-off" : "privacy-broadcasts-on"),
    reminders: t(settings.remindersMuted ? "privacy-reminders-off" : "privacy-reminders-on"),
    pokja: pokja.length ? pokja.join(", ") : none,
    coordinates: coordinates.length ? coordinates.join(", ") : none,
    invites: invites.length,
    attended: invites.filter((i) => i.attended).length,
    actionItems: count(data.actionItems),
    submitted: count(data.recommendationsSubmitted),
    supported: count(data.recommendationsSupported),
    followed: count(data.recommendationsFollowed),
    tasks: count(data.tasksFollowed),
    audit: count(data.auditEntries),
    broadcastsSent: count(data.broadcastsSent),
    replies: count(data.broadcastRepliesSent),
    messages: count(data.messagesToYou),
    flows: count(data.unfinishedFlows),
  });
}

/** File names with the day, e.g. data-saya-2026-12-01.json. */
export function exportFileName(data: Exported, extension: "json" | "txt"): string {
  return `data-saya-${String(data.exportedAt).slice(0, 10)}.${extension}`;
}
