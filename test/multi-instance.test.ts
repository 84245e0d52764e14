// Three bot processes in webhook mode on one PostgreSQL database, behind the Bot API stand-in acting as
// Telegram and load balancer: it spreads updates over the three, each chat's consecutive updates to
// different instances. An admin broadcasts to 2,000 members while 500 meeting reminders fall due and
// new members register step by step; about half-way through the sending (45-75 %), one instance is
// killed with SIGKILL right after it accepted a registration's answer. Afterwards: everyone has the
// broadcast and their reminder, repeats stay within what the killed process had in flight, every
// registration holds what was typed, each question asked once (in chats the kill touched: again
// only as the person typed a lost answer again), and the two survivors stop on SIGTERM in time.
// Waits are on conditions; the only time bound is the required shutdown bound.
import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundle } from "../scripts/build.mjs";
import { normalizePhone } from "../src/members/profile-rules.js";
import { BotApiStandIn, seeded, startBotApiServer, type BotApiServer, type StandInUser, type WebhookPush } from "../tools/telegram-standin/index.js";
import { freePort, healthy, isRunning, startInstance, waitFor, within, type Instance } from "./support/multi-instance-processes.js";
import { MEETING_TITLE, seedMultiInstance, type Seeded } from "./support/multi-instance-seed.js";
import { converse, newLog, press, reviewChat, type Conversation, type ConversationLog } from "./support/multi-instance-user.js";
import { createTempDatabase, type TempDatabase } from "./support/temp-database.js";

const root = path.join(import.meta.dirname, "..");
const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0";
/** Its own bundle next to dist/main.mjs, so it never races another test's build. */
const ENTRY = path.join(root, "dist", "multi-instance-bot.mjs");
const WEBHOOK_URL = "https://bot.forum-kominfo.test/telegram/webhook";
const SECRET = randomBytes(24).toString("hex");

const MEMBERS = 2_000;
const REMINDERS = 500;
const REGISTRANTS = 8;
/** Requests in flight per batch (DELIVERY_CONCURRENCY); two batches overlap. */
const DELIVERY_CONCURRENCY = 8;
/** At most this many messages of a killed process can be in doubt, i.e. sent twice (README: 2 × DELIVERY_CONCURRENCY). */
const IN_DOUBT_BOUND = 2 * DELIVERY_CONCURRENCY;
/** Long enough that a busy machine's pauses stay under the request bound (half of it); the killed process's rows come back after it. */
const LEASE_SECONDS = 10;
/** SIGTERM: out within stop()'s 10 s bound plus a margin (as test/process-faults.test.ts). */
const EXIT_BOUND_MS = 15_000;
const VICTIM = 1;

const BROADCAST_TEXT = "Siaran uji banyak instans: rapat koordinasi SPBE nasional.";
const admin: StandInUser = { id: 1001, first_name: "Sekretariat", language_code: "id" };
const AGENCY = "Dinas Komunikasi dan Informatika Kota Surabaya";
const NAMES = ["Budi Santoso, S.Kom.", "Siti Rahayu, S.T.", "Agus Salim", "Dewi Lestari, M.Kom.", "Rina Wulandari", "Hendra Gunawan, S.Kom.", "Wati Susanti", "Joko Prasetyo, S.T."];

interface Registrant {
  user: StandInUser;
  name: string;
  position: string;
  nip: string;
  phone: string;
  /** Presses "Kirim pendaftaran" twice in a row: two updates of one chat at two instances at once. */
  doubleTap: boolean;
}

const registrants: Registrant[] = Array.from({ length: REGISTRANTS }, (_, i) => ({
  user: { id: 9101 + i, first_name: NAMES[i]!.split(" ")[0]!, language_code: "id" },
  name: NAMES[i]!,
  position: `Kepala Seksi Aplikasi ${["Informatika", "Persandian", "Statistik", "Tata Kelola"][i % 4]}`,
  nip: `19850312 201001 1 00${i + 1}`,
  phone: `+6281234567${String(10 + i)}`,
  doubleTap: i % 2 === 0,
}));

describe("the stand-in's webhook push (Telegram and load balancer in front of several instances)", () => {
  const servers: Server[] = [];
  afterAll(async () => {
    for (const s of servers) await new Promise((resolve) => s.close(resolve));
  });

  /** An instance that answers with `status` (after `delayMs`) and keeps what it got. */
  async function instance(status: number, delayMs = 0) {
    const got: { update: Update; secret: string | undefined }[] = [];
    const s = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        setTimeout(() => {
          if (status === 200) got.push({ update: JSON.parse(Buffer.concat(chunks).toString()) as Update, secret: req.headers["x-telegram-bot-api-secret-token"] as string | undefined });
          res.writeHead(status).end("{}");
        }, delayMs);
      });
    });
    servers.push(s);
    await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
    const address = s.address();
    return { url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`, got };
  }

  async function webhookStandIn() {
    const standIn = new BotApiStandIn({ token: TOKEN });
    await standIn.handle("setWebhook", { url: WEBHOOK_URL, secret_token: SECRET, max_connections: 4 });
    return standIn;
  }

  it("POSTs each update with the secret, one chat's consecutive updates to different instances, and empties the queue", async () => {
    const a = await instance(200);
    const b = await instance(200);
    const standIn = await webhookStandIn();
    const push = standIn.startWebhookPush({ targets: [a.url, b.url] });
    const user = { id: 501, first_name: "Rina" };
    const sent = ["/start", "satu", "dua", "tiga"].map((text) => standIn.userSendsText(user, text));
    await standIn.waitForUpdatesConsumed({ timeoutMs: 10_000 });
    await push.stop();
    const received = [...a.got, ...b.got];
    expect(received.map((r) => r.update.update_id).sort()).toEqual(sent.map((u) => u.update_id));
    expect(received.every((r) => r.secret === SECRET)).toBe(true);
    const targets = sent.map((u) => push.acknowledgedBy(u.update_id));
    for (let i = 1; i < targets.length; i++) expect(targets[i]).not.toBe(targets[i - 1]);
    expect(standIn.pendingUpdateCount()).toBe(0);
  });

  it("never drops an update: a refused connection, a 5xx and a timeout each send it to another instance", async () => {
    const working = await instance(200);
    const failing = await instance(502);
    const slow = await instance(200, 2_000);
    const refused = `http://127.0.0.1:${await freePort()}`;
    const standIn = await webhookStandIn();
    const push = standIn.startWebhookPush({ targets: [refused, failing.url, slow.url, working.url], spread: { seed: 7 }, timeoutMs: 300 });
    const sent = Array.from({ length: 20 }, (_, i) => standIn.userSendsText({ id: 600 + i, first_name: "Anggota" }, "/start"));
    await standIn.waitForUpdatesConsumed({ timeoutMs: 20_000 });
    await push.stop();
    expect(working.got.map((r) => r.update.update_id).sort((x, y) => x - y)).toEqual(sent.map((u) => u.update_id));
    const outcomes = new Set(push.attempts.map((a) => a.outcome.split(":")[0]));
    expect(outcomes).toEqual(new Set(["ok", "network", "status 502", "timeout"]));
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL?.trim())("three webhook instances on one PostgreSQL database (runs only with TEST_DATABASE_URL)", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "fk-multi-"));
  const standIn = new BotApiStandIn({ token: TOKEN, botUsername: "forum_kominfo_bot" });
  let server: BotApiServer;
  let temp: TempDatabase;
  let seeded_: Seeded;
  let push: WebhookPush;
  const instances: Instance[] = [];
  const dead = new Set<number>();
  let killedAt = Number.NaN;

  beforeAll(async () => {
    const t0 = performance.now();
    const built = bundle({ "multi-instance-bot": "src/main.ts" }, "dist");
    temp = await createTempDatabase();
    // Due long after the test: made due when the admin sends the broadcast.
    seeded_ = await seedMultiInstance(temp.db, { firstId: 700_001, members: MEMBERS, reminders: REMINDERS, dueAt: new Date(Date.now() + 3_600_000) });
    const seededAfter = performance.now() - t0;
    server = await startBotApiServer(standIn);
    await built;
    const builtAfter = performance.now() - t0;
    const ports = [await freePort(), await freePort(), await freePort()];
    const env = {
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: server.url,
      DATABASE_URL: temp.url,
      ADMIN_TELEGRAM_IDS: String(admin.id),
      LOG_LEVEL: "info",
      BOT_MODE: "webhook",
      WEBHOOK_URL,
      WEBHOOK_SECRET: SECRET,
      HTTP_HOST: "127.0.0.1",
      DELIVERY_LEASE_SECONDS: String(LEASE_SECONDS),
      DELIVERY_CONCURRENCY: String(DELIVERY_CONCURRENCY),
      RATE_LIMIT_GLOBAL_PER_SECOND: "60",
    };
    // Started together, as after a deployment.
    for (const [i, port] of ports.entries()) instances.push(startInstance(["a", "b", "c"][i]!, ENTRY, port, env, dir));
    await Promise.race([
      waitFor(
        "three instances to set the webhook and answer /healthz",
        async () => standIn.calls("setWebhook").filter((c) => c.response?.ok).length >= 3 && (await Promise.all(instances.map(healthy))).every(Boolean),
        90_000,
        200,
      ),
      ...instances.map((bot) =>
        bot.exited.then(({ code }) => {
          throw new Error(`instance ${bot.name} exited early (${code}): ${bot.output()}`);
        }),
      ),
    ]);
    push = standIn.startWebhookPush({ targets: ports.map((p) => `http://127.0.0.1:${p}`), spread: "per-chat", timeoutMs: 10_000 });
    const s = (ms: number) => Math.round(ms / 100) / 10;
    console.log(`multi-instance start-up: seeded after ${s(seededAfter)} s, built after ${s(builtAfter)} s, three instances up after ${s(performance.now() - t0)} s`);
  }, 150_000);

  afterAll(async () => {
    for (const bot of instances) if (isRunning(bot)) bot.child.kill("SIGKILL");
    await Promise.all(instances.map((bot) => bot.exited));
    await push?.stop();
    standIn.close();
    await server?.close();
    await temp?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  const copies = (chatId: number, text: string) => standIn.messagesIn(chatId).filter((m) => m.text.includes(text)).length;

  /** The registration as a careful person does it: a wrong name offered or a wrong summary is corrected. */
  function registration(r: Registrant): Conversation {
    const { user } = r;
    const nip = r.nip.replace(/\s/g, "");
    const summaryFields: [string, string][] = [
      [r.name, "Ubah nama"],
      [AGENCY, "Ubah instansi"],
      [r.position, "Ubah jabatan"],
      [nip, "Ubah NIP"],
      [normalizePhone(r.phone), "Ubah telepon"],
    ];
    return {
      user,
      start: () => [standIn.userSendsText(user, "/daftar")],
      prompts: [
        { marker: "Persetujuan pemrosesan data pribadi", answer: (m) => [press(standIn, user, m, "✅ Saya setuju")] },
        { marker: "1/5", answer: () => [standIn.userSendsText(user, r.name)] },
        {
          marker: "akan kami catat sebagai",
          answer: (m) => [m.text.includes(r.name) ? press(standIn, user, m, "✅") : standIn.userSendsText(user, r.name)],
          editedTo: "Nama:",
        },
        { marker: "2/5", answer: () => [standIn.userSendsText(user, "surabaya")] },
        { marker: "Ditemukan 1 instansi", answer: (m) => [press(standIn, user, m, AGENCY)], editedTo: "Instansi:" },
        { marker: "3/5", answer: () => [standIn.userSendsText(user, r.position)] },
        { marker: "4/5", answer: () => [standIn.userSendsText(user, r.nip)] },
        { marker: "5/5", answer: () => [standIn.userSharesContact(user, r.phone)] },
        {
          marker: "Mohon periksa kembali data pendaftaran",
          answer: (m) => {
            const wrong = summaryFields.find(([value]) => !m.text.includes(value));
            if (wrong) return [press(standIn, user, m, wrong[1])];
            const submit = () => press(standIn, user, m, "Kirim pendaftaran");
            return r.doubleTap ? [submit(), submit()] : [submit()];
          },
        },
        { marker: "sedang menunggu persetujuan sekretariat", answer: () => [], final: true },
        // After /batal (a person starting again when the flow is stuck).
        { marker: "proses dibatalkan", answer: () => [standIn.userSendsText(user, "/daftar")] },
      ],
      benign: ["Terima kasih atas minat", "nomor telepon sudah dicatat"],
      nudges: ["Mohon pilih salah satu tombol pada pesan di atas", "Silakan jawab pertanyaan terakhir di atas"],
      restart: () => [standIn.userSendsText(user, "/batal")],
    };
  }

  function adminBroadcast(onConfirm: () => Promise<void>): Conversation {
    return {
      user: admin,
      start: () => [standIn.userSendsText(admin, "/siaran")],
      prompts: [
        { marker: "Kirim pesan yang akan disiarkan", answer: () => [standIn.userSendsText(admin, BROADCAST_TEXT)] },
        { marker: "Kepada siapa siaran ini dikirim?", answer: (m) => [press(standIn, admin, m, "Semua anggota forum")] },
        { marker: "Apakah ini pengumuman resmi", answer: (m) => [press(standIn, admin, m, "Siaran biasa")] },
        {
          marker: "Siaran siap dikirim",
          answer: async (m) => {
            await onConfirm();
            return [press(standIn, admin, m, "Kirim sekarang")];
          },
        },
        { marker: "Terkirim", answer: () => [], final: true },
      ],
      // The preview and the admin's own copy carry the text; registrations reach the admin meanwhile; the report at the end.
      benign: ["Pratinjau", BROADCAST_TEXT, "Pendaftaran baru", "Siaran selesai"],
      nudges: [],
      restart: () => [],
    };
  }

  it(
    "a broadcast to 2,000 and 500 reminders across a SIGKILL: all delivered, repeats within the bound, every registration consistent",
    async () => {
      const { db } = temp;
      const started = performance.now();
      const think = seeded(14);
      const chatOptions = {
        standIn,
        push,
        dead: () => dead,
        thinkMs: () => 300 + Math.floor(think() * 900),
        retypeAfterMs: 5_000,
        // A chat lease held by the killed process is taken over after 30 s (src/bot/chat-lock.ts).
        restartAfterMs: 35_000,
        giveUpMs: 80_000,
      };
      const memberSet = new Set(seeded_.memberChatIds);
      const total = MEMBERS + REMINDERS;
      let delivered = 0;
      const beforeKill = { broadcast: 0, reminders: 0, registrationsMidFlow: 0 };
      let sendingAtKill = -1;
      let killedOn = "";
      const logs = registrants.map(() => newLog());
      let registering: Promise<ConversationLog[]> | undefined;
      const midFlow = () => logs.filter((l) => !l.done && [...l.asked.values()].reduce((a, b) => a + b, 0) >= 3).length;
      const kill = (why: string) => {
        instances[VICTIM]!.child.kill("SIGKILL");
        dead.add(VICTIM);
        killedAt = performance.now();
        killedOn = why;
        beforeKill.registrationsMidFlow = midFlow();
        void db.delivery.count({ where: { state: "sending" } }).then((n) => (sendingAtKill = n));
      };
      const registrantIds = new Set(registrants.map((r) => r.user.id));
      // Registrations begin at 40 % of the sending, so that they are half-way when the kill comes.
      const stopCounting = standIn.onBotMessage((e) => {
        if (e.kind !== "send" || !memberSet.has(e.chatId)) return;
        if (!e.text.includes(BROADCAST_TEXT) && !e.text.includes(MEETING_TITLE)) return;
        delivered += 1;
        if (dead.size === 0) beforeKill[e.text.includes(BROADCAST_TEXT) ? "broadcast" : "reminders"] += 1;
        if (delivered >= 0.4 * total && registering === undefined) {
          registering = Promise.all(registrants.map((r, i) => converse(registration(r), chatOptions, logs[i])));
        }
        if (delivered >= 0.75 * total && dead.size === 0) kill("three quarters sent, no registration update reached the victim meanwhile");
      });
      // The kill: right after the victim accepted a registration's answer (the update is then lost
      // with it, and it may hold that chat's lease), once the registrations are half-way.
      const stopWatching = push.onAttempt((a) => {
        if (dead.size > 0 || a.target !== VICTIM || a.outcome !== "ok" || !registrantIds.has(a.chatId ?? 0)) return;
        if (delivered >= 0.45 * total && midFlow() >= REGISTRANTS / 2) kill(`the victim accepted update ${a.updateId} of chat ${a.chatId}`);
      });

      let sentAt = 0;
      const adminLog = await converse(
        adminBroadcast(async () => {
          // The reminders fall due as the broadcast goes out.
          await db.meetingReminder.updateMany({ where: { meetingId: seeded_.meetingId }, data: { dueAt: new Date() } });
          sentAt = performance.now();
        }),
        chatOptions,
      );
      expect(adminLog.stuck ?? "done").toBe("done");
      await waitFor("the registrations to begin", () => registering !== undefined, 120_000, 100);
      await registering;
      stopWatching();
      const broadcast = await db.broadcast.findFirstOrThrow({ orderBy: { id: "desc" } });

      const unfinished = () => db.delivery.count({ where: { state: { in: ["queued", "claimed", "sending"] } } });
      // The killed process's rows come back after the lease; a reminder claim it held, after two minutes.
      await waitFor(
        "the outbox to empty and every reminder to be handed over",
        async () =>
          dead.size > 0 &&
          (await unfinished()) === 0 &&
          (await db.meetingReminder.count({ where: { meetingId: seeded_.meetingId, state: "handed" } })) === REMINDERS &&
          (await db.delivery.count({ where: { dedupeKey: { startsWith: "meeting-reminder:" } } })) === REMINDERS,
        150_000,
        250,
      );
      const drainedAt = performance.now();
      stopCounting();

      // Deliveries: everyone once, repeats only among rows in doubt, and no more than one process had out.
      const broadcastCopies = seeded_.memberChatIds.map((id) => copies(id, BROADCAST_TEXT));
      const reminderCopies = seeded_.reminderChatIds.map((id) => copies(id, MEETING_TITLE));
      const notices = registrants.map((r) => standIn.messagesIn(admin.id).filter((m) => m.text.includes("Pendaftaran baru") && m.text.includes(r.name)).length);
      const missing = {
        broadcast: broadcastCopies.filter((n) => n === 0).length,
        reminders: reminderCopies.filter((n) => n === 0).length,
        notices: notices.filter((n) => n === 0).length,
      };
      const repeats = {
        broadcast: broadcastCopies.reduce((sum, n) => sum + Math.max(0, n - 1), 0),
        reminders: reminderCopies.reduce((sum, n) => sum + Math.max(0, n - 1), 0),
        notices: notices.reduce((sum, n) => sum + Math.max(0, n - 1), 0),
      };
      const repeated = repeats.broadcast + repeats.reminders + repeats.notices;
      const inDoubt = await db.delivery.count({ where: { inDoubt: true } });

      // Conversations: the whole chat, now that everything has arrived (a double tap's second press too).
      const pushedTo = (chatId: number) => push.attempts.filter((a) => a.chatId === chatId && a.outcome === "ok").map((a) => a.target);
      const touchedByKill = (chatId: number) =>
        push.attempts.some((a) => a.chatId === chatId && a.outcome === "ok" && a.target === VICTIM && a.endedAt > killedAt - 3_000 && a.endedAt <= killedAt);
      const problems: string[] = [];
      const touchedChats: { chat: number; retyped: number; nudged: number; restarted: number; askedAgain: string[] }[] = [];
      const agency = await db.agency.findFirstOrThrow({ where: { code: "35.78" } });
      for (const [i, r] of registrants.entries()) {
        const conversation = registration(r);
        const { asked, nudges, unexpected } = reviewChat(conversation, standIn.messagesIn(r.user.id, { includeDeleted: true }));
        const log = logs[i]!;
        // A chat whose update the victim accepted shortly before it died, or that had to type one again.
        const touched = touchedByKill(r.user.id) || log.retyped > 0 || log.restarted > 0;
        if (touched) {
          const askedAgain = conversation.prompts.filter((p) => (asked.get(p.marker) ?? 0) > 1).map((p) => `${p.marker} ×${asked.get(p.marker)}`);
          touchedChats.push({ chat: r.user.id, retyped: log.retyped, nudged: nudges, restarted: log.restarted, askedAgain });
        } else if (nudges > 0) problems.push(`${r.name}: told ${nudges} times to answer the question above`);
        for (const p of conversation.prompts) {
          const n = asked.get(p.marker) ?? 0;
          const optional = p.marker === "akan kami catat sebagai" || p.marker === "proses dibatalkan";
          const once = p.final === true;
          if ((n === 0 && !optional) || (n > 1 && (!touched || once))) problems.push(`${r.name}: "${p.marker}" asked ${n} times`);
        }
        for (const text of unexpected) problems.push(`${r.name}: unexpected "${text.slice(0, 100)}"`);
        const ids = new Set(logs[i]!.sent.map((u: Update) => u.callback_query?.id).filter(Boolean));
        const stale = standIn.answeredCallbacks.filter((c) => ids.has(c.id) && c.text?.includes("sudah tidak berlaku")).length;
        if (stale > (r.doubleTap ? 1 : 0)) problems.push(`${r.name}: ${stale} buttons answered as stale`);
        const instancesSeen = new Set(pushedTo(r.user.id));
        if (instancesSeen.size < 2) problems.push(`${r.name}: all updates reached one instance`);
        const member = await db.member.findUnique({ where: { telegramId: BigInt(r.user.id) } });
        const expected = { fullName: r.name, agencyId: agency.id, position: r.position, nip: r.nip.replace(/\s/g, ""), phone: normalizePhone(r.phone), status: "pending" };
        const actual = member && { fullName: member.fullName, agencyId: member.agencyId, position: member.position, nip: member.nip, phone: member.phone, status: member.status };
        if (JSON.stringify(actual) !== JSON.stringify(expected)) problems.push(`${r.name}: stored ${JSON.stringify(actual)} (typed ${JSON.stringify(expected)})`);
      }
      const adminReview = reviewChat(adminBroadcast(async () => undefined), standIn.messagesIn(admin.id, { includeDeleted: true }));
      for (const [marker, n] of adminReview.asked) if (n > 1 && marker !== "Terkirim") problems.push(`admin: "${marker}" asked ${n} times`);
      for (const text of adminReview.unexpected) problems.push(`admin: unexpected "${text.slice(0, 100)}"`);
      if (new Set(pushedTo(admin.id)).size < 2) problems.push("admin: all updates reached one instance");

      const perInstance = [0, 1, 2].map((t) => push.attempts.filter((a) => a.target === t && a.outcome === "ok").length);
      for (const log of logs) if (log.stuck) problems.push(log.stuck);
      // What the processes said: no turn taken by force, no state overwritten, no error.
      for (const bot of instances) {
        for (const line of bot.output().split("\n")) {
          if (/handling the update anyway|chat lock lost while held|changed by another instance meanwhile|"level":(50|60)/.test(line)) problems.push(`${bot.name} logged: ${line.slice(0, 300)}`);
        }
      }
      const figures = {
        seconds: { total: Math.round((drainedAt - started) / 100) / 10, sendToKill: Math.round((killedAt - sentAt) / 100) / 10, killToDrained: Math.round((drainedAt - killedAt) / 100) / 10 },
        delivered: { broadcast: broadcastCopies.length - missing.broadcast, reminders: reminderCopies.length - missing.reminders },
        killedOn,
        beforeKill,
        missing,
        repeats,
        inDoubt,
        sendingAtKill,
        touchedChats,
        updates: { acknowledgedPerInstance: perInstance, failedPosts: push.attempts.filter((a) => a.outcome !== "ok").length },
        problems,
      };
      console.log(`multi-instance figures: ${JSON.stringify(figures)}`);

      expect(instances[VICTIM]!.child.signalCode).toBe("SIGKILL");
      expect(missing).toEqual({ broadcast: 0, reminders: 0, notices: 0 });
      expect(repeated).toBeLessThanOrEqual(inDoubt);
      expect(repeated).toBeLessThanOrEqual(IN_DOUBT_BOUND);
      expect(await db.delivery.count({ where: { broadcastId: broadcast.id, state: "sent" } })).toBe(MEMBERS + 1); // and the admin
      expect(await db.delivery.count({ where: { dedupeKey: { startsWith: "meeting-reminder:" }, state: "sent" } })).toBe(REMINDERS);
      expect(problems).toEqual([]);
      // Every instance took updates, the killed one too before it died.
      expect(perInstance.every((n) => n > 0)).toBe(true);
      // Nothing personal in any process's log.
      for (const bot of instances) {
        for (const r of registrants) {
          expect(bot.output()).not.toContain(r.nip.replace(/\s/g, ""));
          expect(bot.output()).not.toContain(normalizePhone(r.phone).slice(1));
        }
      }
    },
    300_000,
  );

  it(`the two survivors stop on SIGTERM within ${EXIT_BOUND_MS / 1000} s`, async () => {
    const survivors = instances.filter(isRunning);
    expect(survivors).toHaveLength(2);
    const sent = performance.now();
    for (const bot of survivors) bot.child.kill("SIGTERM");
    const exits = await within(Promise.all(survivors.map((bot) => bot.exited)), EXIT_BOUND_MS + 15_000, "the survivors to exit after SIGTERM");
    for (const exit of exits) {
      expect(exit.at - sent).toBeLessThanOrEqual(EXIT_BOUND_MS);
      expect(exit.signal).toBeNull();
      expect(exit.code).toBe(0);
    }
    for (const bot of survivors) expect(bot.output()).not.toContain(TOKEN);
  }, 60_000);
});
