// Texts and keyboards of meeting messages, in each reader's language and time zone.
import { InlineKeyboard } from "grammy";
import { escapeHtml } from "../shared/html.js";
import { formatDateTime } from "../shared/time.js";
import type { MeetingWithPokja, RsvpCounts } from "./meeting-service.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

export const RSVP_CODES = { h: "hadir", t: "tidak_hadir", d: "diwakilkan" } as const;

export function rsvpLabel(t: T, rsvp: string): string {
  return t(`meeting-rsvp-${rsvp.replace("_", "-")}`);
}

export function when(meeting: { startsAt: Date }, timezone: string, language: string): string {
  return formatDateTime(meeting.startsAt, timezone, language);
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

export function announcementText(t: T, meeting: MeetingWithPokja, timezone: string, language: string): string {
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
    t("meeting-rsvp-ask"),
  ].join("\n");
}

export function rsvpKeyboard(t: T, meetingId: number, current: string | null): InlineKeyboard {
  const mark = (rsvp: string) => (current === rsvp ? "✅ " : "");
  return new InlineKeyboard()
    .text(`${mark("hadir")}${t("meeting-rsvp-hadir")}`, `mt:r:${meetingId}:h`)
    .text(`${mark("tidak_hadir")}${t("meeting-rsvp-tidak-hadir")}`, `mt:r:${meetingId}:t`)
    .row()
    .text(`${mark("diwakilkan")}${t("meeting-rsvp-diwakilkan")}`, `mt:r:${meetingId}:d`);
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
    lines.push(t("meeting-own-rsvp", { rsvp: `${rsvpLabel(t, own.rsvp === "pending" ? "pending" : own.rsvp)}${deputy}` }));
  }
  return lines.join("\n");
}

export function reminderText(t: T, meeting: MeetingWithPokja, offsetMinutes: number, timezone: string, language: string): string {
  const lead =
    offsetMinutes % 1440 === 0
      ? t("meeting-reminder-days", { days: offsetMinutes / 1440 })
      : offsetMinutes % 60 === 0
        ? t("meeting-reminder-hours", { hours: offsetMinutes / 60 })
        : t("meeting-reminder-minutes", { minutes: offsetMinutes });
  return [
    t("meeting-reminder-title", { lead }),
    `<b>${escapeHtml(meeting.title)}</b> · ${audienceName(t, meeting)}`,
    whenLine(t, meeting, timezone, language),
    ...placeLines(t, meeting),
  ].join("\n");
}
