// Every kind of button of the pokja feature: the views write them with pack(), the composers read
// them with onButton(). The prefixes are those of older messages still in members' chats.
// Audiences: "approved" for what any member may press, "coordinator" for the coordinators' tools
// (which pokja is theirs is checked in the handler, through permissions), "admin" for the rest.
import { defineButton } from "../bot/callback-data.js";

// Members: the list, a pokja's page, joining and leaving.
export const listButton = defineButton("pk:list", {}, "approved");
export const viewButton = defineButton("pk:view", { pokjaId: "id" }, "approved");
export const joinButton = defineButton("pk:join", { pokjaId: "id" }, "approved");
/** Asks to confirm leaving (or cancelling a request). */
export const leaveButton = defineButton("pk:leave", { pokjaId: "id" }, "approved");
export const leaveConfirmButton = defineButton("pk:leaveok", { pokjaId: "id" }, "approved");

// Coordinators of the pokja (and admins): join requests and the member directory.
export const requestsButton = defineButton("pk:req", { pokjaId: "id" }, "coordinator");
export const acceptButton = defineButton("pk:acc", { pokjaId: "id", memberId: "id" }, "coordinator");
export const declineButton = defineButton("pk:dec", { pokjaId: "id", memberId: "id" }, "coordinator");
/** A page of the directory, from 0, ordered by name ("n") or grouped by province ("p"). */
export const directoryButton = defineButton("pk:dir", { pokjaId: "id", page: "int", order: ["n", "p"] }, "coordinator");
export const csvButton = defineButton("pk:csv", { pokjaId: "id" }, "coordinator");
/**
 * Whether a member who leaves is also removed from the pokja's linked groups: says what it sets
 * ("1" remove, "0" keep), so a double tap cannot undo itself.
 */
export const removeOnLeaveButton = defineButton("pk:rmleave", { pokjaId: "id", remove: ["0", "1"] }, "coordinator");

// Admins: the pokja themselves.
export const createButton = defineButton("pk:create", {}, "admin");
export const renameButton = defineButton("pk:rename", { pokjaId: "id" }, "admin");
export const describeButton = defineButton("pk:describe", { pokjaId: "id" }, "admin");
/** Says what it sets ("o" open, "m" moderated), so a double tap cannot undo itself. */
export const modeButton = defineButton("pk:mode", { pokjaId: "id", mode: ["o", "m"] }, "admin");
export const retireButton = defineButton("pk:retire", { pokjaId: "id" }, "admin");
export const retireConfirmButton = defineButton("pk:retireok", { pokjaId: "id" }, "admin");

// Admins: coordinators, per pokja and per member.
export const coordinatorsButton = defineButton("pk:coords", { pokjaId: "id" }, "admin");
export const addCoordinatorButton = defineButton("pk:cadd", { pokjaId: "id" }, "admin");
export const setCoordinatorButton = defineButton("pk:cset", { pokjaId: "id", memberId: "id" }, "admin");
export const removeCoordinatorButton = defineButton("pk:crm", { pokjaId: "id", memberId: "id" }, "admin");
/** The pokja a member coordinates, from their card in /admin (written by src/admin/admin-views.ts). */
export const memberCoordinationButton = defineButton("pk:cmember", { memberId: "id" }, "admin");
/** Sets ("1") or ends ("0") one member's coordination of one pokja. */
export const toggleCoordinatorButton = defineButton("pk:ctog", { pokjaId: "id", memberId: "id", assign: ["0", "1"] }, "admin");

// Linked Telegram groups.
/** In a group: link it to this pokja (the handler checks the group admin and the pokja). */
export const linkGroupButton = defineButton("grp:link", { pokjaId: "id" }, "coordinator");
/** In a group: unlink it from this pokja, after /putuskan asked (the pokja, so a relinked group is not unlinked by an old question). */
export const unlinkConfirmButton = defineButton("grp:unlink", { pokjaId: "id" }, "coordinator");
/** In a group: keep the link after all. */
export const unlinkCancelButton = defineButton("grp:keep", { pokjaId: "id" }, "coordinator");
/** In private: an invite link for this linked group. */
export const inviteButton = defineButton("grp:invite", { groupId: "id" }, "coordinator");

export const POKJA_BUTTONS = [
  listButton,
  viewButton,
  joinButton,
  leaveButton,
  leaveConfirmButton,
  requestsButton,
  acceptButton,
  declineButton,
  directoryButton,
  csvButton,
  removeOnLeaveButton,
  createButton,
  renameButton,
  describeButton,
  modeButton,
  retireButton,
  retireConfirmButton,
  coordinatorsButton,
  addCoordinatorButton,
  setCoordinatorButton,
  removeCoordinatorButton,
  memberCoordinationButton,
  toggleCoordinatorButton,
  linkGroupButton,
  unlinkConfirmButton,
  unlinkCancelButton,
  inviteButton,
] as const;
