// Texts and keyboards of meeting messages, in each reader's language and time zone.
import { InlineKeyboard } from "grammy";
import { escapeHtml } from "../shared/html.js";
import { WIB } from "../shared/time-zones.js";
import { formatAllZones, formatDate, formatDateTime } from "../shared/time.js";
import { actionDoneButton, cardButton, RSVP_CODE_OF, rsvpButton } from "./meeting-buttons.js";
import { REPEAT_KEYS, RSVP_KEYS, rsvpKey } from "./meeting-keys.js";
import type { MeetingWithPokja, RsvpAnswer, RsvpCounts } from "./meeting-model.js";
import type { Frequency } from "./recurrence.js";

export type T = (key: string, vars?: Record<string, string | number>) => string;

export function rsvpLabel(t: T, rsvp: string): string {
  return t(rsvpKey(rsvp));
}

/** The "mark done" button under an action item. */
export function actionItemKeyboard(t: T, itemId: number) {
  return new InlineKeyboard().text(t("meeting-button-action-done"), actionDoneButton.pack({ itemId }));
}

/** The button that opens a meeting's card. */
export function openCardKeyboard(t: T, meetingId: number) {
  return new InlineKeyboard().text(t("meeting-button-open"), cardButton.pack({ meetingId }));
}

/** The "zone" of a message read in a group: times in WIB, WITA and WIT side by side. */
export const ALL_ZONES = "all-zones";

/** A start in the reader's zone, or in all three for a group (`ALL_ZONES`). */
export function dateTimeFor(date: Date, timezone: string, language: string): string {
  return timezone === ALL_ZONES ? formatAllZones(date, language) : formatDateTime(date, timezone, language);
}

/** A day in the reader's zone; a group reads it as in WIB (a due day is the same day nationwide). */
export function dateFor(date: Date, timezone: string, language: string): string {
  return formatDate(date, timezone === ALL_ZONES ? WIB : timezone, language);
}

export function when(meeting: { startsAt: Date }, timezone: string, language: string): string {
  return dateTimeFor(meeting.startsAt, timezone, language);
}

/** "Waktu: Senin, 28 Desember 2026 pukul 09.00 WIB (120 menit)" in the reader's zone. */
function whenLine(t: T, meeting: { startsAt: Date; endsAt: Date }, timezone: string, language: string): string {
  const minutes = Math.round((meeting.endsAt.getTime() - meeting.startsAt.getTime()) / 60_000);
  return t("meeting-when", { when: when(meeting, timezone, language), minutes });
}

function placeLines(t: T, meeting: MeetingWithPokja): string[] {
  const lines: string[] = [];
  if (meeting.place) lines.push(t("meeting-place", { place: escapeHtml(meeting.place) }));
  if (meeting.onlineUrl) lines.push(t("meeting-link", { url: escapeHtml(meeting.onlineUrl) }));
  return lines;
}

export function audienceName(t: T, meeting: MeetingWithPokja): string {
  return meeting.pokja ? t("meeting-of-pokja", { pokja: escapeHtml(meeting.pokja.name) }) : t("meeting-plenary");
}

/** The invitation; `extra` lines (a series' dates) go between the agenda and the RSVP question. */
export function announcementText(t: T, meeting: MeetingWithPokja, timezone: string, language: string, extra: readonly string[] = []): string {
  return [
    t("meeting-announcement-title", { audience: audienceName(t, meeting) }),
    "",
    `<b>${escapeHtml(meeting.title)}</b>`,
    whenLine(t, meeting, timezone, language),
    ...placeLines(t, meeting),
    "",
    t("meeting-agenda"),
    escapeHtml(meeting.agenda),
    "",
    ...(extra.length > 0 ? [...extra, ""] : []),
    t("meeting-rsvp-ask"),
  ].join("\n");
}

export function rsvpKeyboard(t: T, meetingId: number, current: string | null): InlineKeyboard {
  const button = (rsvp: RsvpAnswer) =>
    [`${current === rsvp ? "✅ " : ""}${t(RSVP_KEYS[rsvp])}`, rsvpButton.pack({ meetingId, answer: RSVP_CODE_OF[rsvp] })] as const;
  return new InlineKeyboard()
    .text(...button("hadir"))
    .text(...button("tidak_hadir"))
    .row()
    .text(...button("diwakilkan"));
}

export function cardText(
  t: T,
  meeting: MeetingWithPokja,
  counts: RsvpCounts,
  own: { rsvp: string; deputyName: string | null } | null,
  timezone: string,
  language: string,
): string {
  const lines = [
    `<b>${escapeHtml(meeting.title)}</b> · ${audienceName(t, meeting)}`,
    whenLine(t, meeting, timezone, language),
    ...placeLines(t, meeting),
  ];
  if (meeting.status === "cancelled") lines.push(t("meeting-cancelled-mark", { reason: escapeHtml(meeting.cancelReason ?? "-") }));
  lines.push("", t("meeting-agenda"), escapeHtml(meeting.agenda), "");
  lines.push(t("meeting-counts", { ...counts }));
  if (own) {
    const deputy = own.rsvp === "diwakilkan" && own.deputyName ? ` (${escapeHtml(own.deputyName)})` : "";
    lines.push(t("meeting-own-rsvp", { rsvp: `${rsvpLabel(t, own.rsvp)}${deputy}` }));
  }
  return lines.join("\n");
}

/** "1 hari sebelumnya", "1 jam sebelumnya", "15 menit sebelumnya". */
export function reminderLeadLabel(t: T, offsetMinutes: number): string {
  if (offsetMinutes % 1440 === 0) return t("meeting-reminder-days", { days: offsetMinutes / 1440 });
  if (offsetMinutes % 60 === 0) return t("meeting-reminder-hours", { hours: offsetMinutes / 60 });
  return t("meeting-reminder-minutes", { minutes: offsetMinutes });
}

/** "2 jam", "45 menit", "1 jam 30 menit". */
export function durationLabel(t: T, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (rest === 0) return t("meeting-duration-label-hours", { hours });
  if (hours === 0) return t("meeting-duration-label-minutes", { minutes: rest });
  return t("meeting-duration-label-both", { hours, minutes: rest });
}

export function reminderText(t: T, meeting: MeetingWithPokja, offsetMinutes: number, timezone: string, language: string): string {
  const lead = reminderLeadLabel(t, offsetMinutes);
  return [
    t("meeting-reminder-title", { lead }),
    `<b>${escapeHtml(meeting.title)}</b> · ${audienceName(t, meeting)}`,
    whenLine(t, meeting, timezone, language),
    ...placeLines(t, meeting),
  ].join("\n");
}

/**
 * The reminder a pokja's group reads: times in all three zones, the place but not the online link
 * (the group is not the invitee list), and a line saying invitees have their own reminder.
 */
export function groupReminderText(t: T, meeting: MeetingWithPokja, offsetMinutes: number, language: string): string {
  return [
    t("meeting-reminder-title", { lead: reminderLeadLabel(t, offsetMinutes) }),
    `<b>${escapeHtml(meeting.title)}</b> · ${audienceName(t, meeting)}`,
    whenLine(t, meeting, ALL_ZONES, language),
    ...(meeting.place ? [t("meeting-place", { place: escapeHtml(meeting.place) })] : []),
    "",
    t("meeting-group-reminder-note"),
  ].join("\n");
}

/** The dates of a recurring meeting in the reader's zone, the first dozen and how many more. */
export function seriesLines(t: T, frequency: Frequency | string, occurrences: readonly { startsAt: Date }[], timezone: string, language: string): string[] {
  const shown = occurrences.slice(0, 12).map((m) => `• ${dateTimeFor(m.startsAt, timezone, language)}`);
  const more = occurrences.length > 12 ? [t("meeting-series-more", { count: occurrences.length - 12 })] : [];
  return [t("meeting-series-title", { frequency: repeatLabel(t, frequency), count: occurrences.length }), ...shown, ...more];
}

/** "setiap minggu", "setiap bulan". */
export function repeatLabel(t: T, frequency: Frequency | string): string {
  return t(REPEAT_KEYS[frequency as Frequency] ?? REPEAT_KEYS.weekly);
}

export interface ActionItemView {
  description: string;
  ownerName: string;
  dueAt: Date;
  doneAt: Date | null;
}

/** "1. Menyusun draf SE — Budi Santoso, tenggat 15 Januari 2027 ✅" */
export function actionItemLines(t: T, items: readonly ActionItemView[], timezone: string, language: string): string[] {
  return items.map(
    (item, i) =>
      `${i + 1}. ${escapeHtml(item.description)} — ${escapeHtml(item.ownerName)}, ${t("meeting-action-due", { date: dateFor(item.dueAt, timezone, language) })}${item.doneAt ? " ✅" : ""}`,
  );
}

/** The minutes as sent to invitees: header, text (if any), action items (if any). */
export function minutesMessage(
  t: T,
  meeting: MeetingWithPokja & { minutesText: string | null; minutesVersion: number },
  items: readonly ActionItemView[],
  timezone: string,
  language: string,
): string {
  const lines = [
    t(meeting.minutesVersion > 1 ? "meeting-minutes-updated-title" : "meeting-minutes-title", { title: escapeHtml(meeting.title) }),
    `${audienceName(t, meeting)} · ${when(meeting, timezone, language)}`,
  ];
  if (meeting.minutesText) lines.push("", escapeHtml(meeting.minutesText));
  if (items.length > 0) lines.push("", t("meeting-action-items-title"), ...actionItemLines(t, items, timezone, language));
  return lines.join("\n");
}
