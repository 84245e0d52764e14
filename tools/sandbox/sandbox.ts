// The sandbox: the real bot, in-process, against the Bot API stand-in, driven by lines of text.
// Used by `npm run sandbox` and by tests that script whole journeys.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { BotError } from "grammy";
import type { Chat } from "grammy/types";
import type { Update } from "grammy/types";
import { createBot, type CreatedBot } from "../../src/bot/create-bot.js";
import type { AbuseLimits } from "../../src/bot/abuse-limits.js";
import { LOCALES_DIR, PROJECT_ROOT, prepareDatabase } from "../../src/app.js";
import { loadSampleTasks } from "../../src/spbe-tasks/sample-catalogue.js";
import type { Database } from "../../src/db/client.js";
import { ManualClock } from "../../src/shared/clock.js";
import { createLogger, type Logger } from "../../src/shared/logger.js";
import { formatDateTime } from "../../src/shared/time.js";
import {
  BotApiStandIn,
  createInProcessFetch,
  type BotMessageEvent,
  type StandInUser,
} from "../telegram-standin/index.js";
import { openTemplateCopy } from "./template-database.js";
import { miniAppLink, sandboxInitData } from "./init-data.js";
import { startHttpServer, type HttpServer } from "../../src/server/http-server.js";
import { createWebApi, webApiServicesOf } from "../../src/webapp/api.js";
import { webAppPageRoutes } from "../../src/webapp/page-routes.js";
import type { OffThread } from "../../src/shared/off-thread.js";

export const DEFAULT_SANDBOX_USER = 1001;
/** The sandbox bot's token: the Mini App's init data is signed and checked with it. */
export const SANDBOX_TOKEN = "0:sandbox";

export interface SandboxOptions {
  databaseUrl: string;
  adminIds?: readonly bigint[];
  start?: Date;
  logger?: Logger;
  defaultTimezone?: string;
  /** Called after every line, e.g. to drain queued deliveries. */
  settle?: () => Promise<void>;
  /** Load the sample SPBE task catalogue into an empty database (default true). */
  sampleTasks?: boolean;
  /**
   * A database file written by writeDatabaseTemplate: a new SQLite database starts as its copy,
   * without migrating and seeding again (when the template has the current migrations).
   */
  templateFile?: string;
  /**
   * Per-sender limits (default: none). The sandbox clock stands still, so a limit per minute would
   * count a whole scripted journey as one instant; tests of the limits pass the figures.
   */
  abuseLimits?: Partial<AbuseLimits> | false;
  /** Worker threads for charts and files, shared by the caller's sandboxes (the tests'); its own when absent. */
  offThread?: OffThread;
  /**
   * Serve the Mini App (its page from `dir`, built by scripts/build-webapp.mjs, and its API) on
   * host:port (port 0: any free one), for the "app" line's link. Off when absent.
   */
  web?: { port: number; host?: string; dir: string };
}

export interface Sandbox {
  standIn: BotApiStandIn;
  clock: ManualClock;
  db: Database;
  created: CreatedBot;
  /** Handles one input line to completion and returns the transcript lines it produced. */
  handleLine(line: string): Promise<string[]>;
  /** The current sender. */
  readonly user: StandInUser;
  /** A link that opens the Mini App as the current sender in a normal browser (null without options.web). */
  webAppLink(): string | null;
  close(): Promise<void>;
}

/** Names the sandbox starts with; each sandbox keeps its own copy as "as <id> <name>" lines add names. */
const DEFAULT_NAMES: Readonly<Record<number, string>> = { 1001: "Admin" };

function describeChat(chatId: number, groups: Map<number, string>): string {
  const title = groups.get(chatId);
  return title ? `${chatId} ${title}` : String(chatId);
}

/** `[bot -> chat] text` and a line of numbered buttons per keyboard row. */
export function renderBotMessage(
  event: BotMessageEvent,
  groups: Map<number, string> = new Map(),
  previousText?: string,
): string[] {
  const target = describeChat(event.chatId, groups);
  const edited = event.kind === "edit" ? " (diedit)" : "";
  const lines: string[] = [];
  if (event.kind === "edit" && previousText === event.text) {
    // Only the buttons changed: say so instead of repeating the whole message.
    const first = event.text.split("\n")[0] ?? "";
    const gist = first.length > 50 ? `${first.slice(0, 50)}…` : first;
    lines.push(`[bot -> ${target}] (tombol ${event.buttons.length ? "diperbarui" : "dihapus"} pada pesan "${gist}")`);
  } else if (event.kind === "document" || event.kind === "photo") {
    const size = event.fileSize === undefined ? "" : ` (${event.fileSize} byte)`;
    lines.push(`[bot -> ${target}]${edited} [${event.kind === "photo" ? "foto" : "dokumen"}] ${event.fileName ?? "berkas"}${size}`);
    if (event.text) lines.push(...event.text.split("\n").map((l) => `  ${l}`));
  } else {
    const [first = "", ...rest] = event.text.split("\n");
    lines.push(`[bot -> ${target}]${edited} ${first}`, ...rest.map((l) => `  ${l}`.trimEnd()));
  }
  let n = 0;
  for (const row of event.buttons) {
    if (row.length === 0) continue;
    lines.push(`  ${row.map((b) => `[${++n}] ${b.text}`).join("  ")}`);
  }
  if (event.replyKeyboard && event.replyKeyboard.length > 0) {
    lines.push(`  keyboard: ${event.replyKeyboard.map((row) => row.map((b) => `{${b}}`).join(" ")).join(" / ")}`);
  }
  return lines;
}

function parseAdvance(spec: string): number | null {
  const match = /^\+(\d+)([mhd])$/.exec(spec);
  if (!match) return null;
  const unit = { m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] as "m" | "h" | "d"];
  return Number(match[1]) * unit;
}

export async function createSandbox(options: SandboxOptions): Promise<Sandbox> {
  const logger = options.logger ?? createLogger("silent");
  const clock = new ManualClock(options.start);
  const standIn = new BotApiStandIn({ now: () => clock.now(), botUsername: "forum_kominfo_sandbox_bot", botFirstName: "Forum Kominfo Bot" });
  const copy = options.templateFile ? await openTemplateCopy(options.templateFile, options.databaseUrl) : null;
  const db = copy ?? (await prepareDatabase(options.databaseUrl, logger));
  const adminIds = options.adminIds ?? [BigInt(DEFAULT_SANDBOX_USER)];
  const timezone = options.defaultTimezone ?? "Asia/Jakarta";
  const created = createBot({
    token: SANDBOX_TOKEN,
    db,
    clock,
    logger,
    localesDir: LOCALES_DIR,
    configuredAdminIds: adminIds,
    defaultTimezone: timezone,
    client: { fetch: createInProcessFetch(standIn) as unknown as typeof fetch },
    botInfo: standIn.botUser,
    // Scripted journeys send many messages to one chat within milliseconds of real time while the
    // sandbox clock stands still; a larger burst keeps them from waiting on real seconds.
    // One request at a time: messages reach the transcript in outbox (id) order. With several in
    // flight, each first marks its row "sending"; on PostgreSQL those updates finish in any order,
    // so chats would swap places from run to run.
    delivery: { limits: { privateBurst: 50 }, concurrency: 1 },
    abuseLimits: options.abuseLimits ?? false,
    offThread: options.offThread,
  });
  await created.services.members.applyConfiguredAdmins();
  // The sandbox comes with the sample catalogue of SPBE tasks (clearly an example).
  if (options.sampleTasks !== false && (await created.services.tasks.count()) === 0) {
    await loadSampleTasks(db, clock, PROJECT_ROOT);
  }
  // Each line is handled to completion, queued deliveries included.
  const settle = async () => {
    await created.services.reminderTick.run();
    await created.dispatcher.drain();
    await options.settle?.();
  };

  // The Mini App on its own little server: the same page and API as the bot's, with this sandbox's services.
  let web: HttpServer | undefined;
  if (options.web) {
    const api = createWebApi({
      botToken: SANDBOX_TOKEN,
      clock,
      logger,
      db,
      ...webApiServicesOf(created),
      defaultTimezone: timezone,
    });
    web = await startHttpServer({
      port: options.web.port,
      host: options.web.host ?? "127.0.0.1",
      routes: [...api.routes, ...webAppPageRoutes({ dir: options.web.dir })],
      logger,
    });
  }
  const webBase = web ? `http://${options.web?.host ?? "127.0.0.1"}:${web.port}` : null;

  const knownNames: Record<number, string> = { ...DEFAULT_NAMES };
  let user: StandInUser = { id: DEFAULT_SANDBOX_USER, first_name: knownNames[DEFAULT_SANDBOX_USER] ?? "Pengguna", language_code: "id" };
  let group: Chat.GroupChat | Chat.SupergroupChat | null = null;
  const groups = new Map<number, string>();
  let output: string[] = [];
  const lastTexts = new Map<string, string>();
  const unsubscribe = standIn.onBotMessage((event) => {
    const key = `${event.chatId}:${event.messageId}`;
    output.push(...renderBotMessage(event, groups, lastTexts.get(key)));
    lastTexts.set(key, event.text);
  });
  // Pop-up answers to button presses are part of what the user sees.
  const unsubscribeCalls = standIn.onCall((call) => {
    const text = call.params.text;
    if (call.method === "answerCallbackQuery" && typeof text === "string" && text && call.response?.ok) {
      output.push(`[bot -> ${user.id}] (${call.params.show_alert ? "peringatan" : "notifikasi"}) ${text}`);
    }
  });

  async function deliver(update: Update) {
    try {
      await created.bot.handleUpdate(update);
    } catch (error) {
      // Long polling hands errors to bot.catch; handleUpdate throws them. Do as polling does.
      if (error instanceof BotError) await created.bot.errorHandler(error);
      else throw error;
    }
    // Confirm the update as a poller would, so the stand-in does not keep it.
    await standIn.handle("getUpdates", { offset: update.update_id + 1, timeout: 0 });
  }

  const currentChatId = () => (group ? group.id : user.id);

  /** The update Telegram sends when someone adds the bot to a group or removes it. */
  function botMembershipUpdate(chat: Chat.GroupChat | Chat.SupergroupChat, before: "left" | "administrator", after: "administrator" | "kicked") {
    const bot = { ...standIn.botUser };
    const admin = {
      status: "administrator" as const,
      user: bot,
      can_be_edited: false,
      is_anonymous: false,
      can_manage_chat: true,
      can_delete_messages: true,
      can_manage_video_chats: false,
      can_restrict_members: true,
      can_promote_members: false,
      can_change_info: false,
      can_invite_users: true,
      can_post_stories: false,
      can_edit_stories: false,
      can_delete_stories: false,
      can_pin_messages: true,
    };
    const state = (status: "left" | "administrator" | "kicked") =>
      status === "administrator" ? admin : status === "kicked" ? { status, user: bot, until_date: 0 } : { status, user: bot };
    return standIn.enqueueUpdate({
      my_chat_member: {
        chat,
        from: { id: user.id, is_bot: false, first_name: user.first_name },
        date: Math.floor(clock.now().getTime() / 1000),
        old_chat_member: state(before),
        new_chat_member: state(after),
      } as never,
    });
  }

  async function handleLine(rawLine: string): Promise<string[]> {
    output = [];
    const line = rawLine.trim();
    if (line === "") return [];
    if (line.startsWith("#")) return [line];
    const [word = "", ...rest] = line.split(/\s+/);
    const argument = rest.join(" ");

    if (word === "as" && /^\d+$/.test(rest[0] ?? "")) {
      const id = Number(rest[0]);
      const name = rest.slice(1).join(" ") || knownNames[id] || `Pengguna ${id}`;
      knownNames[id] = name;
      user = { id, first_name: name, language_code: "id" };
      group = null;
      return [`-- sebagai ${id} (${name})`];
    }
    if (line === "app" || line === "mini app") {
      const link = webAppLink();
      if (!link) return ["!! Mini App tidak aktif di sandbox ini (jalankan npm run sandbox di terminal, atau dengan --web-port <port>)"];
      // Signed now by the sandbox clock: valid for 24 hours of that clock.
      return [`-- Mini App untuk ${user.id} (${user.first_name}), buka di peramban: ${link}`];
    }
    if (word === "in" && rest[0] === "private") {
      group = null;
      return [`-- di chat pribadi ${user.id}`];
    }
    if (word === "in" && rest[0] === "group" && /^-?\d+$/.test(rest[1] ?? "")) {
      const id = Number(rest[1]);
      const known = groups.has(id);
      const title = rest.slice(2).join(" ") || groups.get(id) || `Grup ${id}`;
      groups.set(id, title);
      group = id < -1_000_000_000_000 ? { id, type: "supergroup", title } : { id, type: "group", title };
      standIn.registerChat(group);
      if (known) return [`-- di grup ${id} (${title})`];
      // A new group: the current user created it and adds the bot as an admin who may invite.
      standIn.setChatMemberStatus(id, user.id, "creator");
      standIn.setChatMemberStatus(id, standIn.botUser.id, "administrator");
      await deliver(botMembershipUpdate(group, "left", "administrator"));
      await settle();
      return [`-- di grup ${id} (${title}); ${user.id} membuat grup dan menambahkan bot sebagai admin`, ...output];
    }
    if (word === "join" && rest[0] === "request" && /^-?\d+$/.test(rest[1] ?? "")) {
      const id = Number(rest[1]);
      const chat: Chat.SupergroupChat = { id, type: "supergroup", title: groups.get(id) ?? `Grup ${id}` };
      await deliver(standIn.userRequestsToJoin(user, chat));
      await settle();
      const decision = standIn.joinRequestDecisions.filter((d) => d.chatId === id && d.userId === user.id).at(-1);
      const outcome = decision ? (decision.decision === "approved" ? "disetujui" : "ditolak") : "belum diputuskan";
      return [`[${user.id} ${user.first_name}] meminta bergabung ke grup ${describeChat(id, groups)}`, ...output, `-- permintaan ${outcome}`];
    }
    if (group && line === "group admin") {
      standIn.setChatMemberStatus(group.id, user.id, "administrator");
      return [`-- ${user.id} kini admin grup ${describeChat(group.id, groups)}`];
    }
    if (group && line === "bot removed") {
      standIn.setChatMemberStatus(group.id, standIn.botUser.id, "kicked");
      await deliver(botMembershipUpdate(group, "administrator", "kicked"));
      await settle();
      return [`-- bot dikeluarkan dari grup ${describeChat(group.id, groups)} oleh ${user.id}`, ...output];
    }
    if (group && word === "upgrade" && /^-100\d+$/.test(rest[0] ?? "")) {
      // Telegram turns a group into a supergroup with a new id and says so in both chats.
      const from = group;
      const to: Chat.SupergroupChat = { id: Number(rest[0]), type: "supergroup", title: from.title };
      groups.set(to.id, to.title);
      standIn.registerChat(to);
      standIn.setChatMemberStatus(to.id, standIn.botUser.id, "administrator");
      const date = Math.floor(clock.now().getTime() / 1000);
      await deliver(standIn.enqueueUpdate({ message: { message_id: 0, date, chat: from, from: { id: user.id, is_bot: false, first_name: user.first_name }, migrate_to_chat_id: to.id } }));
      await deliver(standIn.enqueueUpdate({ message: { message_id: 0, date, chat: to, from: { id: user.id, is_bot: false, first_name: user.first_name }, migrate_from_chat_id: from.id } }));
      group = to;
      return [`-- grup ${from.id} ditingkatkan menjadi supergrup ${to.id}`, ...output];
    }
    if (word === "clock") {
      const advance = parseAdvance(argument);
      if (advance !== null) clock.advance(advance);
      else {
        const instant = new Date(argument);
        if (Number.isNaN(instant.getTime())) return [`!! waktu tidak dikenal: ${argument} (contoh: clock 2026-12-01T09:00+07:00 atau clock +2h)`];
        clock.set(instant);
      }
      await settle();
      return [`-- jam: ${formatDateTime(clock.now(), timezone, "id")}`, ...output];
    }
    if (word === "press") {
      const chatId = currentChatId();
      const message = standIn.lastMessageWithKeyboard(chatId);
      if (!message) return [`!! tidak ada pesan bertombol di chat ${chatId}`];
      const buttons = message.buttons.flat();
      // press 3 is the third button; press "28" is the button labelled exactly 28 (a calendar day).
      const quoted = /^"(.*)"$/.exec(argument)?.[1];
      const byNumber = quoted === undefined && /^\d+$/.test(argument) ? buttons[Number(argument) - 1] : undefined;
      const byLabel =
        quoted !== undefined
          ? buttons.find((b) => b.text === quoted)
          : (buttons.find((b) => b.text === argument) ?? buttons.find((b) => b.text.toLowerCase().includes(argument.toLowerCase())));
      const button = byNumber ?? byLabel;
      if (!button?.callbackData) return [`!! tombol "${argument}" tidak ada; tersedia: ${buttons.map((b, i) => `[${i + 1}] ${b.text}`).join("  ")}`];
      const echo = `[${user.id} ${user.first_name}] menekan [${button.text}]`;
      await deliver(standIn.userPressesButton(user, chatId, message.messageId, button.callbackData));
      await settle();
      return [echo, ...output];
    }
    if (word === "contact") {
      const phone = `+62812${String(user.id).padStart(7, "0")}`;
      await deliver(standIn.userSharesContact(user, phone, group ?? undefined));
      await settle();
      return [`[${user.id} ${user.first_name}] membagikan kontak ${phone}`, ...output];
    }
    if (word === "file" && argument) {
      const bytes = await readFile(argument);
      await deliver(standIn.userSendsDocument(user, { fileName: path.basename(argument), bytes }, group ?? undefined));
      await settle();
      return [`[${user.id} ${user.first_name}] mengirim berkas ${path.basename(argument)} (${bytes.length} byte)`, ...output];
    }
    // "\n" in a line stands for a line break, so multi-line messages (an agenda) can be scripted.
    const text = line.replace(/\\n/g, "\n");
    await deliver(standIn.userSendsText(user, text, group ?? undefined));
    await settle();
    return [`[${user.id} ${user.first_name}${group ? ` @ ${group.title}` : ""}] ${line}`, ...output];
  }

  function webAppLink(): string | null {
    if (!webBase) return null;
    return miniAppLink(webBase, sandboxInitData(SANDBOX_TOKEN, { id: user.id, first_name: user.first_name, language_code: user.language_code ?? "id" }, clock.now()));
  }

  return {
    standIn,
    clock,
    db,
    created,
    handleLine,
    webAppLink,
    get user() {
      return user;
    },
    async close() {
      unsubscribe();
      unsubscribeCalls();
      await web?.close();
      standIn.close();
      if (!options.offThread) await created.services.offThread.close();
      await db.$disconnect();
    },
  };
}
