// Every feature of the bot, in the order createBot installs them. Adding a feature is one line.
import { deliveryFeature } from "../delivery/index.js";
import { membersFeature } from "../members/index.js";
import { adminFeature } from "../admin/index.js";
import { pokjaFeature } from "../pokja/index.js";
import { broadcastFeature } from "../broadcast/index.js";
import { spbeTasksFeature } from "../spbe-tasks/index.js";
import { meetingsFeature } from "../meetings/index.js";
import { recommendationsFeature } from "../recommendations/index.js";
import { privacyFeature } from "../privacy/index.js";
import { dashboardFeature } from "../dashboard/index.js";
import type { CommandDefinition, Feature } from "./feature.js";

export const FEATURES: readonly Feature[] = [
  deliveryFeature,
  membersFeature,
  adminFeature,
  pokjaFeature,
  broadcastFeature,
  spbeTasksFeature,
  meetingsFeature,
  recommendationsFeature,
  dashboardFeature,
  privacyFeature,
];

/**
 * /batal is the bot's own: it leaves any flow, so it sits in front of every feature's flows (and of the
 * gate), in groups too, where it says there is nothing to leave.
 */
export const CORE_COMMANDS: readonly CommandDefinition[] = [{ command: "batal", audience: "everyone", chats: ["private", "group"] }];

/** Every command, in menu order. */
export const ALL_COMMANDS: readonly CommandDefinition[] = [...FEATURES.flatMap((f) => f.commands), ...CORE_COMMANDS];
