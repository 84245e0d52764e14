// The shape every feature folder exports: what it answers (commands, kinds of buttons, flows),
// and a factory that builds its handlers from the shared services. createBot installs the list in
// src/bot/features.ts in order; adding a feature is one line there.
import type { Middleware } from "grammy";
import type { ConversationBuilder } from "@grammyjs/conversations";
import type { Audience } from "../access/access.js";
import type { Permissions } from "../access/permissions.js";
import type { Logger } from "../shared/logger.js";
import type { Clock } from "../shared/clock.js";
import type { ButtonCodec } from "./callback-data.js";
import type { BotContext, ConversationContext } from "./context.js";
import type { Services } from "./services.js";

export type ChatKind = "private" | "group";

export interface CommandDefinition {
  /** Lower case; users may type it in any case. Its description is the locale key "cmd-<command>". */
  command: string;
  /** Other names that do the same ("help" for "bantuan"); not shown in menus. */
  aliases?: readonly string[];
  audience: Audience;
  /** What the gate says to someone outside the audience (a coordinator tool's own words); a general reason otherwise. */
  refusalKey?: string;
  /** Where the command works; elsewhere the bot says where to use it. */
  chats: readonly ChatKind[];
}

export interface ConversationDefinition {
  id: string;
  /** Takes its own arguments (a meeting id...), given to ctx.conversation.enter. */
  builder: ConversationBuilder<BotContext, ConversationContext>;
}

/** Work on a schedule. node-cron only decides when to look; what is due lives in the database. */
export interface Job {
  name: string;
  /** A cron expression (seconds allowed). */
  schedule: string;
  /** Zone of the schedule; the forum's default zone when absent. */
  timezone?: string;
  /**
   * Runs in every process at every scheduled time, because it claims its rows itself (e.g. the
   * reminder tick). Otherwise one process of those sharing the database runs it per scheduled time
   * (src/bot/scheduled-jobs.ts).
   */
  everyInstance?: boolean;
  run(): Promise<void>;
}

/** What createBot hands to every feature. */
export interface FeatureDeps {
  services: Services;
  permissions: Permissions;
  clock: Clock;
  logger: Logger;
  /** The forum's default zone (DEFAULT_TIMEZONE). */
  defaultTimezone: string;
  /** Reads a file a user sent (Telegram getFile and download). */
  downloadFile(fileId: string): Promise<Uint8Array>;
  settings: FeatureSettings;
  /** Every command of the bot (for /bantuan and the menus). */
  commands: readonly CommandDefinition[];
  /** The Mini App's page (WEB_APP_URL, https), for /dasbor and the main menu's button; undefined when not set up. */
  webAppUrl: string | undefined;
  /**
   * Opens the screen of a command as if the person had typed it (a main-menu button): the update goes
   * through the whole bot again, gate included, so rights are checked as for the typed command.
   */
  openCommand(ctx: BotContext, command: string): Promise<void>;
}

export interface FeatureSettings {
  /** Sent deliveries are kept this many days. */
  deliveryRetentionDays: number;
  /** "HH:MM" in the default zone: the coordinators' task digest. */
  taskDigestTime: string;
  /** Rejected applicants' personal data is erased this many days after the rejection (privacy feature; 90 when absent). */
  rejectedRetentionDays: number;
}

export interface FeatureParts {
  composer?: Middleware<BotContext>;
  conversations?: readonly ConversationDefinition[];
  jobs?: readonly Job[];
}

export interface Feature {
  name: string;
  commands: readonly CommandDefinition[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  buttons: readonly ButtonCodec<any>[];
  /** Prefixes of this feature's flow buttons (conversation-kit's flowButton). */
  flowPrefixes: readonly string[];
  create(deps: FeatureDeps): FeatureParts;
}

export function defineFeature(feature: Feature): Feature {
  return feature;
}
