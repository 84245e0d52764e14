// Every kind of button the members feature writes. They answer anyone (an unregistered user is
// told to register), so the handlers check the member's own state, never a rule about others.
import { defineButton } from "../bot/callback-data.js";
import { SUPPORTED_TIMEZONES } from "../config/config.js";
import { LANGUAGES } from "./member-types.js";
import { PROFILE_FIELDS } from "./profile-conversation.js";

export const MEMBER_BUTTONS = {
  /** /start: begin (or begin again) the registration. */
  register: defineButton("start:register", {}, "everyone"),
  /** /profil: edit one field. */
  editField: defineButton("prof:edit", { field: PROFILE_FIELDS }, "everyone"),
  timezoneMenu: defineButton("prof:tzmenu", {}, "everyone"),
  timezone: defineButton("prof:tz", { zone: SUPPORTED_TIMEZONES }, "everyone"),
  /** "1": decline ordinary broadcasts; "0": receive them again. */
  broadcastOptOut: defineButton("prof:optout", { optOut: ["0", "1"] }, "everyone"),
  languageMenu: defineButton("prof:langmenu", {}, "everyone"),
  language: defineButton("prof:lang", { language: LANGUAGES }, "everyone"),
} as const;
