// Every kind of button the members feature writes. They answer anyone (an unregistered user is
// told to register), so the handlers check the member's own state, never a rule about others.
import { defineButton } from "../bot/callback-data.js";
import { SUPPORTED_TIMEZONES } from "../config/config.js";
import { LANGUAGES } from "./member-types.js";
import { PROFILE_FIELDS } from "./profile-conversation.js";

/** The main menu's buttons, each opening the screen of the command of the same name. */
export const MENU_COMMANDS = ["rapat", "tugas", "usulan", "pokja", "profil", "bantuan", "tinjau", "rapat_baru", "siaran", "admin"] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const MEMBER_BUTTONS = {
  /** The main menu (from /bantuan). */
  menuShow: defineButton("menu:show", {}, "approved"),
  /** A main-menu button; the command's own audience is checked again when it is pressed. */
  menuOpen: defineButton("menu:open", { command: MENU_COMMANDS }, "approved"),
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
