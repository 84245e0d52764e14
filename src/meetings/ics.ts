/**
 * The `.ics` file (RFC 5545) sent with every meeting announcement, so officials can put the
 * meeting in Google Calendar, Outlook or the iOS/macOS calendar with one tap.
 *
 * Choices that calendar apps are picky about:
 * - CRLF line ends everywhere (also after END:VCALENDAR) and lines folded at 75 octets, counted
 *   in UTF-8 and cut only between code points, so an emoji or an accented letter is never split
 *   across two lines (Outlook and some Android apps show mojibake otherwise).
 * - DTSTART/DTEND are written as local wall time with TZID plus a matching VTIMEZONE, so the event
 *   shows "09.00 WIB" to people in that zone and converts correctly for everyone else. Indonesian
 *   zones have had fixed offsets without daylight saving since 1964, so one STANDARD block is exact.
 *   Outlook ignores a TZID it has no VTIMEZONE for; Google uses the IANA name directly.
 * - METHOD:PUBLISH (no ATTENDEE) so no client offers Accept/Decline or tries to e-mail a reply;
 *   METHOD:CANCEL with STATUS:CANCELLED and the same UID and a higher SEQUENCE for a cancellation.
 * - ORGANIZER is required in a PUBLISH/CANCEL object and must be a cal-address (a URI). We use
 *   `mailto:sekretariat@forum-kominfo.invalid`: the `.invalid` TLD is reserved (RFC 2606, RFC 6761)
 *   and can never resolve, so if a client does try to mail the organizer, nothing reaches a real
 *   third party's inbox. The bot has no mailbox; replies are not wanted.
 * - TEXT values escape `\` `;` `,` and newlines; other control characters (illegal in TEXT) are
 *   dropped. Lone UTF-16 surrogates become U+FFFD so the file is valid UTF-8.
 * - A cancelled event carries no VALARM, so a calendar that keeps the cancelled event does not
 *   still ring a reminder for it.
 */

import { TIME_ZONES, WIB, type SupportedTimezone } from "../shared/time-zones.js";

/** Indonesia's zones (src/shared/time-zones.ts): fixed offsets, no daylight saving. */
export type IcsTimezone = SupportedTimezone;

export interface IcsMeeting {
  /** Stable per meeting (occurrence), e.g. "rapat-12@forum-kominfo-bot". */
  uid: string;
  /** Bumped on every reschedule/cancel so calendars replace the event they already have. */
  sequence: number;
  /** UTC instant; written to whole seconds (milliseconds are dropped). */
  start: Date;
  end: Date;
  /** The zone the event is written in. */
  timezone: IcsTimezone;
  title: string;
  /** Agenda, may be multi-line. */
  description: string;
  /** Place and/or online link. Google Calendar ignores URL, so put the link here too. */
  location?: string;
  /** Online meeting link (http/https). */
  url?: string;
  /** e.g. "Sekretariat Forum Kominfo". */
  organizerName: string;
  /** Written before the title in the alarms: "Pengingat" gives "Pengingat: <title>". */
  alarmLabel: string;
  status: "CONFIRMED" | "CANCELLED";
  /** e.g. [1440, 60] -> two reminders, a day and an hour before. */
  alarmsMinutesBefore: number[];
  /** Written as DTSTAMP (UTC). */
  createdAt: Date;
}

export const ICS_PRODID = "-//Forum Kominfo//Forum Kominfo Bot//ID";
/** Reserved TLD (RFC 2606/6761): never deliverable, see the module comment. */
export const ICS_ORGANIZER_ADDRESS = "mailto:sekretariat@forum-kominfo.invalid";
export const ICS_CONTENT_TYPE = "text/calendar; charset=utf-8";

interface ZoneInfo {
  offsetMinutes: number;
  /** "+0700" */
  offset: string;
  name: string;
}

/** "+0700" for 420 minutes east of UTC. */
function utcOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}${String(abs % 60).padStart(2, "0")}`;
}

const ZONES = Object.fromEntries(
  TIME_ZONES.map((z) => [z.zone, { offsetMinutes: z.offsetMinutes, offset: utcOffset(z.offsetMinutes), name: z.abbreviation }]),
) as Record<IcsTimezone, ZoneInfo>;

const CRLF = "\r\n";
const MAX_LINE_OCTETS = 75;

export function meetingToIcs(meeting: IcsMeeting): string {
  return meetingsToIcs([meeting]);
}

/**
 * One calendar file with several events (the occurrences of a recurring meeting, each with its own
 * UID so one of them can later be moved or cancelled alone). All events share one zone. The file is
 * a cancellation (METHOD:CANCEL) only when every event in it is cancelled.
 */
export function meetingsToIcs(meetings: readonly IcsMeeting[]): string {
  const first = meetings[0];
  if (!first) throw new RangeError("A calendar file needs at least one event");
  const zone = ZONES[first.timezone];
  if (!zone) throw new RangeError(`Unsupported timezone: ${String(first.timezone)}`);
  if (meetings.some((m) => m.timezone !== first.timezone)) throw new RangeError("All events of one calendar file share one zone");
  const allCancelled = meetings.every((m) => m.status === "CANCELLED");
  const lines: string[] = [
    "BEGIN:VCALENDAR",
    `PRODID:${ICS_PRODID}`,
    "VERSION:2.0",
    "CALSCALE:GREGORIAN",
    `METHOD:${allCancelled ? "CANCEL" : "PUBLISH"}`,
    "BEGIN:VTIMEZONE",
    `TZID:${first.timezone}`,
    "BEGIN:STANDARD",
    "DTSTART:19700101T000000",
    `TZOFFSETFROM:${zone.offset}`,
    `TZOFFSETTO:${zone.offset}`,
    `TZNAME:${zone.name}`,
    "END:STANDARD",
    "END:VTIMEZONE",
  ];
  for (const meeting of meetings) lines.push(...eventLines(meeting, zone));
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function eventLines(meeting: IcsMeeting, zone: ZoneInfo): string[] {
  assertValidDate(meeting.start, "start");
  assertValidDate(meeting.end, "end");
  assertValidDate(meeting.createdAt, "createdAt");
  if (wholeSeconds(meeting.end) <= wholeSeconds(meeting.start)) {
    throw new RangeError("Meeting end must be after its start");
  }
  if (!Number.isSafeInteger(meeting.sequence) || meeting.sequence < 0) {
    throw new RangeError(`SEQUENCE must be a non-negative integer, got ${meeting.sequence}`);
  }
  const uid = meeting.uid.trim();
  if (uid === "") throw new RangeError("UID must not be empty");
  for (const minutes of meeting.alarmsMinutesBefore) {
    if (!Number.isSafeInteger(minutes) || minutes < 0) {
      throw new RangeError(`Alarm minutes must be non-negative integers, got ${minutes}`);
    }
  }

  const cancelled = meeting.status === "CANCELLED";
  const lines: string[] = [
    "BEGIN:VEVENT",
    `UID:${escapeText(uid)}`,
    `SEQUENCE:${meeting.sequence}`,
    `DTSTAMP:${formatUtc(meeting.createdAt)}`,
    `DTSTART;TZID=${meeting.timezone}:${formatLocal(meeting.start, zone)}`,
    `DTEND;TZID=${meeting.timezone}:${formatLocal(meeting.end, zone)}`,
    `SUMMARY:${escapeText(meeting.title)}`,
    `DESCRIPTION:${escapeText(meeting.description)}`,
  ];
  if (meeting.location !== undefined && meeting.location.trim() !== "") {
    lines.push(`LOCATION:${escapeText(meeting.location)}`);
  }
  const url = meeting.url === undefined ? null : normalizeUrl(meeting.url);
  if (url) lines.push(`URL:${url}`);
  lines.push(
    `STATUS:${cancelled ? "CANCELLED" : "CONFIRMED"}`,
    `ORGANIZER;CN=${quoteParam(meeting.organizerName)}:${ICS_ORGANIZER_ADDRESS}`,
    "TRANSP:OPAQUE",
  );
  if (!cancelled) {
    const alarmText = escapeText(`${meeting.alarmLabel}: ${meeting.title}`);
    for (const minutes of new Set(meeting.alarmsMinutesBefore)) {
      lines.push(
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        `DESCRIPTION:${alarmText}`,
        `TRIGGER:${triggerDuration(minutes)}`,
        "END:VALARM",
      );
    }
  }
  lines.push("END:VEVENT");
  return lines;
}

/**
 * "rapat-pokja-kebijakan-2026-12-28.ics": ASCII letters, digits and hyphens only, the date in the
 * meeting's zone (a 06.00 WIB meeting is on the 28th even though it is the 27th in UTC).
 */
export function icsFileName(title: string, start: Date, timezone: IcsTimezone = WIB): string {
  assertValidDate(start, "start");
  const zone = ZONES[timezone] ?? ZONES[WIB];
  const local = new Date(wholeSeconds(start) * 1000 + zone.offsetMinutes * 60_000);
  const date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1, 2)}-${pad(local.getUTCDate(), 2)}`;
  return `${slugify(title, 60) || "rapat"}-${date}.ics`;
}

function slugify(text: string, maxLength: number): string {
  const slug = wellFormed(text)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, "");
}

/** RFC 5545 3.3.11: escape backslash, semicolon, comma and newlines; drop other controls. */
function escapeText(value: string): string {
  return wellFormed(value)
    .replace(/\r\n?/g, "\n")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, "")
    .replace(/[\\;,\n]/g, (ch) => (ch === "\n" ? "\\n" : `\\${ch}`));
}

/** A parameter value: always quoted (the name may contain ',' ';' ':'), DQUOTE and controls removed. */
function quoteParam(value: string): string {
  const cleaned = wellFormed(value)
    .replace(/[\r\n\t]+/g, " ")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001F\u007F]/g, "")
    .replace(/"/g, "'")
    .trim();
  return `"${cleaned}"`;
}

/** Only absolute http(s) links; anything else is left out rather than producing an invalid URI. */
function normalizeUrl(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === "") return null;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
  return parsed.href;
}

/** -P1D for whole days, -PT1H for whole hours, -PT<n>M otherwise (relative to DTSTART). */
function triggerDuration(minutesBefore: number): string {
  if (minutesBefore === 0) return "PT0M";
  if (minutesBefore % 1440 === 0) return `-P${minutesBefore / 1440}D`;
  if (minutesBefore % 60 === 0) return `-PT${minutesBefore / 60}H`;
  return `-PT${minutesBefore}M`;
}

/**
 * RFC 5545 3.1: at most 75 octets per line (CRLF excluded); a continuation line starts with one
 * space, which counts. Cut only between code points so no UTF-8 sequence is split.
 */
function foldLine(line: string): string {
  if (Buffer.byteLength(line, "utf8") <= MAX_LINE_OCTETS) return line;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

function formatUtc(date: Date): string {
  return `${formatParts(new Date(wholeSeconds(date) * 1000))}Z`;
}

function formatLocal(date: Date, zone: ZoneInfo): string {
  return formatParts(new Date(wholeSeconds(date) * 1000 + zone.offsetMinutes * 60_000));
}

/** YYYYMMDDTHHMMSS from the Date's UTC fields. */
function formatParts(d: Date): string {
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}` +
    `T${pad(d.getUTCHours(), 2)}${pad(d.getUTCMinutes(), 2)}${pad(d.getUTCSeconds(), 2)}`
  );
}

function wholeSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

function assertValidDate(date: Date, name: string): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new RangeError(`${name} is not a valid date`);
  }
  const year = date.getUTCFullYear();
  if (year < 1970 || year > 9999) throw new RangeError(`${name} is out of range: ${date.toISOString()}`);
}

/** Replace lone UTF-16 surrogates with U+FFFD so the text encodes to valid UTF-8. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}
