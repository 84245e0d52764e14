// The buttons of progress messages and reports. Their prefixes are the ones stored messages
// already carry; the /siaran flow's own buttons use the flow prefix "bcf" instead.
import { defineButton } from "../bot/callback-data.js";

/** Stops a running broadcast, or cancels a scheduled one (its sender, or an admin). */
export const stopBroadcastButton = defineButton("bc:stop", { broadcastId: "id" }, "coordinator");

/** The recipients a broadcast did not reach, as a CSV file (its sender, or an admin). */
export const undeliveredCsvButton = defineButton("bc:csv", { broadcastId: "id" }, "coordinator");

/** Under a member's copy of a broadcast (and under an answer): reply to its sender through the bot. */
export const replyToSenderButton = defineButton("bc:rep", { broadcastId: "id" }, "approved");

/** Under a reply the sender received: answer that member through the bot (the sender only). */
export const answerReplyButton = defineButton("bc:ans", { broadcastId: "id", memberId: "id" }, "approved");

export const BROADCAST_BUTTONS = [stopBroadcastButton, undeliveredCsvButton, replyToSenderButton, answerReplyButton] as const;
