// Every kind of button the meetings feature writes (the flows' own buttons aside). Old messages
// carry these prefixes, so they stay as they were. RSVP, "Saya hadir" and "Tandai selesai" are
// pressed in pokja groups too; each handler checks the meeting or item itself (permissions).
import { defineButton } from "../bot/callback-data.js";

/** The RSVP answers as written in a button: h(adir), t(idak hadir), d(iwakilkan). */
export const RSVP_CODES = { h: "hadir", t: "tidak_hadir", d: "diwakilkan" } as const;
export const RSVP_CODE_OF = { hadir: "h", tidak_hadir: "t", diwakilkan: "d" } as const;

/** Opens a meeting's card. */
export const cardButton = defineButton("mt:c", { meetingId: "id" }, "approved");
/** The presser's own answer to an invitation. */
export const rsvpButton = defineButton("mt:r", { meetingId: "id", answer: ["h", "t", "d"] }, "approved");
/** Mutes (or unmutes) the presser's reminders of one meeting. */
export const muteButton = defineButton("mt:m", { meetingId: "id" }, "approved");
/** Managers: who answered what. */
export const answersButton = defineButton("mt:l", { meetingId: "id" }, "approved");
/** Managers: remind those who have not answered. */
export const nudgeButton = defineButton("mt:n", { meetingId: "id" }, "approved");
/** Managers: the confirmation of that reminder ("1" send, "0" not). */
export const nudgeConfirmButton = defineButton("mt:nc", { meetingId: "id", send: ["0", "1"] }, "approved");
/** Managers: move, change or cancel. */
export const changeButton = defineButton("mt:x", { meetingId: "id" }, "approved");
/** Managers: whether the reminders also go to the pokja's groups; sets ("1" on, "0" off), so a double tap does not flip it back. */
export const groupRemindersButton = defineButton("mt:g", { meetingId: "id", on: ["0", "1"] }, "approved");
/** Managers: open the attendance list. */
export const openAttendanceButton = defineButton("mt:a", { meetingId: "id" }, "approved");
/** Invitees: "Saya hadir". */
export const presentButton = defineButton("mt:p", { meetingId: "id" }, "approved");
/** Managers: correct one person on the attendance list ("1" present, "0" not). */
export const attendedButton = defineButton("mt:at", { meetingId: "id", memberId: "id", attended: ["0", "1"] }, "approved");
/** Managers: the attendance list as CSV. */
export const attendanceCsvButton = defineButton("mt:ac", { meetingId: "id" }, "approved");
/** Managers: write or replace the minutes. */
export const writeMinutesButton = defineButton("mt:nt", { meetingId: "id" }, "approved");
/** Invitees and managers: read the minutes. */
export const viewMinutesButton = defineButton("mt:nv", { meetingId: "id" }, "approved");
/** An action item's owner (or a manager): mark it done. */
export const actionDoneButton = defineButton("mt:ai", { itemId: "id" }, "approved");
/** /pengaturan: sets (not toggles) every meeting reminder muted, "1", or on, "0". */
export const remindersMutedButton = defineButton("set:rem", { muted: ["0", "1"] }, "approved");

export const MEETING_BUTTONS = [
  cardButton,
  rsvpButton,
  muteButton,
  answersButton,
  nudgeButton,
  nudgeConfirmButton,
  changeButton,
  groupRemindersButton,
  openAttendanceButton,
  presentButton,
  attendedButton,
  attendanceCsvButton,
  writeMinutesButton,
  viewMinutesButton,
  actionDoneButton,
  remindersMutedButton,
] as const;
