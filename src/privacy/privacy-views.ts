// What /data_saya sends: the JSON file (everything, as stored) and a readable summary in the
// person's language; what /hapus_akun says about the linked groups. Pure functions.
import type { GroupRemoval, RemovalOutcome } from "../pokja/group-removal.js";
import { escapeHtml } from "../shared/html.js";
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

/** Group titles, bold and escaped, as one list. */
function groupList(groups: readonly GroupRemoval[]): string {
  return groups.map((g) => `<b>${escapeHtml(g.title)}</b>`).join(", ");
}

/**
 * What the person erasing their data is told about the linked pokja groups (locale keys of
 * privacy.ftl): those they were taken out of, and those they should leave themselves. `null`:
 * the bot could not tell, so they are asked to check.
 */
export function erasureGroupNotes(groups: readonly GroupRemoval[] | null): { key: string; vars?: Record<string, string> }[] {
  if (groups === null) return [{ key: "privacy-erase-groups-unknown" }];
  const notes: { key: string; vars?: Record<string, string> }[] = [];
  const removed = groups.filter((g) => g.outcome === "removed");
  const owned = groups.filter((g) => g.outcome === "owner");
  const stuck = groups.filter((g) => g.outcome === "no_rights" || g.outcome === "failed");
  if (removed.length > 0) notes.push({ key: "privacy-erase-groups-removed", vars: { groups: groupList(removed) } });
  if (stuck.length > 0) notes.push({ key: "privacy-erase-groups-leave", vars: { groups: groupList(stuck) } });
  if (owned.length > 0) notes.push({ key: "privacy-erase-groups-owner", vars: { groups: groupList(owned) } });
  return notes;
}

/** How many groups ended how, for the log (no titles: a small pokja's group may point at a person). */
export function groupOutcomes(groups: readonly GroupRemoval[] | null): Partial<Record<RemovalOutcome, number>> | "unknown" {
  if (groups === null) return "unknown";
  const counts: Partial<Record<RemovalOutcome, number>> = {};
  for (const g of groups) counts[g.outcome] = (counts[g.outcome] ?? 0) + 1;
  return counts;
}
