// Property-based input test (issue 13): every command and conversation, fed generated input of
// every kind (any Unicode, markup, 5,000 characters, stickers, photos, voice, locations, contacts,
// files, edited and forwarded messages, channel posts, anonymous group admins, inline queries, random
// and stale button data) by every kind of user, in private chats and groups. After each case:
// no update failed (the bot's error logger never wrote "update failed"), every call to Telegram was
// valid (the Bot API stand-in answers 400 as Telegram does; telegram-validity.ts checks the rest),
// user text came back escaped, and the database keeps its invariants.
//
// CASES cases in CI (at least 2,000 across the properties); `npm run test:property` runs more
// (PROPERTY_CASES). A failure prints fast-check's seed and the shrunk counterexample.
import fc from "fast-check";
import type { Update } from "grammy/types";
import { BotError } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALL_COMMANDS, FEATURES } from "../src/bot/features.js";
import { MEMBER_ROLES, MEMBER_STATUSES } from "../src/members/member-types.js";
import { STATUSES as RECOMMENDATION_STATUSES } from "../src/recommendations/recommendation-types.js";
import { TASK_STATUSES } from "../src/spbe-tasks/task-csv-types.js";
import { cleanUserText } from "../src/shared/user-text.js";
import { approvedMember, createHarness, type Harness } from "./support/bot-harness.js";
import { anyCallbackData, anyText, cut, entitiesFor, LIMITS } from "./support/generated-input.js";
import { collectedLogLines } from "./support/log-collector.js";
import { callProblems, unescapedEcho } from "./support/telegram-validity.js";

// Test files may read the environment (only src/main.ts may, in the bot).
const TOTAL = Number(process.env.PROPERTY_CASES ?? 0) || 2000;
/** How the cases are shared between the properties. */
const CASES = { guided: Math.round(TOTAL * 0.1), journeys: Math.round(TOTAL * 0.15), single: Math.round(TOTAL * 0.55), buttons: Math.round(TOTAL * 0.2) };
const SEED = process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) : undefined;
/** Generous: a loaded CI machine runs a case in well under 300 ms. */
const TIMEOUT = Math.max(600_000, TOTAL * 300);

const LINKED_GROUP = -1009101;
const PLAIN_GROUP = -1009102;
const CHANNEL = -1009103;
const ANONYMOUS_ADMIN_BOT = 1087968824; // Telegram's GroupAnonymousBot

/** Who sends: fresh strangers, and the cast (registered once, their flows cleared between cases). */
const CAST = { pending: 3002, member: 2003, coordinator: 2001, admin: 2005, configuredAdmin: 1001 } as const;
type Who = keyof typeof CAST | "stranger";
type Where = "private" | "linked group" | "plain group";

type Step =
  | { kind: "text"; text: string; formatted: boolean }
  | { kind: "command"; name: string; argument: string; upper: boolean }
  | { kind: "press"; index: number }
  | { kind: "callback"; data: string; stale: boolean }
  | { kind: "sticker" | "voice" | "location" | "own contact" | "other contact" }
  | { kind: "photo"; caption: string }
  | { kind: "document"; name: string; bytes: string; caption: string }
  | { kind: "edited"; text: string }
  | { kind: "forwarded"; text: string }
  | { kind: "channel post"; text: string }
  | { kind: "anonymous admin"; text: string }
  | { kind: "inline"; query: string };

const commandNames = ALL_COMMANDS.flatMap((c) => [c.command, ...(c.aliases ?? [])]);
const buttonPrefixes = [...FEATURES.flatMap((f) => [...f.buttons.map((b) => b.prefix), ...f.flowPrefixes]), "noop", "zz"];

const text = anyText();
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant("text" as const), text, formatted: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("command" as const), name: fc.constantFrom(...commandNames), argument: fc.oneof(fc.constant(""), text), upper: fc.boolean() }) },
  { weight: 10, arbitrary: fc.record({ kind: fc.constant("press" as const), index: fc.nat({ max: 40 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("callback" as const), data: anyCallbackData(buttonPrefixes), stale: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom("sticker" as const, "voice" as const, "location" as const, "own contact" as const, "other contact" as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("photo" as const), caption: text }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("document" as const), name: text, bytes: text, caption: text }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom("edited" as const, "forwarded" as const, "channel post" as const, "anonymous admin" as const), text }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("inline" as const), query: text }) },
);
const whoArb = fc.constantFrom<Who>("stranger", "stranger", "pending", "member", "member", "coordinator", "coordinator", "admin", "configuredAdmin");
const whereArb = fc.constantFrom<Where>("private", "private", "private", "linked group", "plain group");
/** A journey opens with a command (most flows start so), then goes on with generated steps. */
// The screens that draw a chart (/tugas, the recommendation report) take far longer than the rest:
// they open fewer journeys, so the budget goes to the flows.
const SLOW = new Set(["tugas", "rekap_usulan"]);
const journeyArb = fc.record({
  who: whoArb,
  where: whereArb,
  opening: fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...commandNames.filter((n) => !SLOW.has(n))) },
    { weight: 1, arbitrary: fc.constantFrom(...SLOW) },
  ),
  steps: fc.array(stepArb, { minLength: 1, maxLength: 3 }),
});

/**
 * Flows walked the way people walk them (sandbox lines), with generated text in the answers a person
 * types: the text reaches the deep steps (summaries, previews, admin cards) where it is echoed. A
 * slot takes the ordinary answer now and then, so the steps after it are reached too.
 */
type Slot = { typed: string };
const slot = (typed: string): Slot => ({ typed });
const GUIDED: Record<string, { who: Who; lines: (string | Slot)[] }> = {
  registration: {
    who: "stranger",
    lines: ["/daftar", "press Saya setuju", slot("Budi Santoso"), "surabaya", "press Kota Surabaya", slot("Kepala Bidang Aplikasi Informatika"), slot("19850312 201001 1 003"), "Lewati", "press Kirim pendaftaran", "as 1001", "/admin", "press Pendaftaran menunggu", "press Tolak", slot("Data instansi belum lengkap")],
  },
  profile: { who: "member", lines: ["/profil", "press Ubah nama", slot("Andi Wijaya"), "/profil", "press Ubah jabatan", slot("Pranata Komputer")] },
  meeting: {
    who: "coordinator",
    lines: ["/rapat_baru", "press Pokja Kebijakan", slot("Rapat Koordinasi Pokja Kebijakan"), slot("1. Evaluasi\n2. Rencana kerja"), slot("28/12/2026 09.00"), "press Benar", "press Sekali saja", "press 2 jam", slot("Ruang Rapat Lt. 3, https://zoom.us/j/123456"), "press Lanjut", "press Jadwalkan", "/rapat", "press 1"],
  },
  recommendation: {
    who: "member",
    lines: ["/usul", "press Kebijakan", "press Data", slot("Integrasi data kependudukan antar daerah"), slot("Data kependudukan belum saling terhubung."), slot("Membangun layanan berbagi pakai data."), slot("Layanan publik lebih cepat."), "press Lewati", "press Tanpa lampiran", "press Ajukan usulan", "as 2001", "/tinjau", "press 1"],
  },
  broadcast: { who: "coordinator", lines: ["/siaran", slot("Mohon mengirim bahan rapat paling lambat Selasa."), "press Anggota dan grup Pokja Kebijakan", "press Kirim sekarang", "/siaran_laporan"] },
  search: { who: "admin", lines: ["/admin", "press Cari anggota", slot("Budi"), "/cari_tugas", slot("arsitektur")] },
};
const guidedArb = fc.record({
  flow: fc.constantFrom(...Object.keys(GUIDED)),
  // For each slot: the generated text, or the ordinary answer.
  answers: fc.array(fc.option(fc.record({ text, formatted: fc.boolean() }), { freq: 3 }), { minLength: 6, maxLength: 6 }),
});

let h: Harness;
let strangerSeq = 600_000;
let messageSeq = 0;
/** Callback data the bot wrote earlier: pressed later, it is stale. */
const oldData: string[] = [];

interface CaseResult {
  problems: string[];
  /** The texts the case sent, cleaned as the bot cleans them, for the escaping check. */
  inputs: string[];
}

function userFor(who: Who) {
  const id = who === "stranger" ? ++strangerSeq : CAST[who];
  return { id, is_bot: false as const, first_name: who === "stranger" ? "Tamu" : who, language_code: "id" };
}

function chatFor(where: Where, user: { id: number; first_name: string }) {
  if (where === "private") return { id: user.id, type: "private" as const, first_name: user.first_name };
  return where === "linked group"
    ? { id: LINKED_GROUP, type: "supergroup" as const, title: "Grup Pokja Kebijakan" }
    : { id: PLAIN_GROUP, type: "group" as const, title: "Grup lain" };
}

async function deliver(partial: Omit<Update, "update_id">) {
  const update = h.standIn.enqueueUpdate(partial);
  try {
    await h.created.bot.handleUpdate(update);
  } catch (error) {
    // As long polling does: errors go to bot.catch, which logs "update failed".
    if (error instanceof BotError) await h.created.bot.errorHandler(error);
    else throw error;
  }
  await h.standIn.handle("getUpdates", { offset: update.update_id + 1, timeout: 0 });
}

/** One step as the update Telegram would send (within Telegram's limits), and the user text in it. */
function stepUpdate(step: Step, user: ReturnType<typeof userFor>, chat: ReturnType<typeof chatFor>): { update?: Omit<Update, "update_id">; input?: string } {
  const date = Math.floor(h.clock.now().getTime() / 1000);
  const base = { message_id: ++messageSeq + 100_000, date, chat, from: user };
  switch (step.kind) {
    case "text": {
      const t = cut(step.text, LIMITS.text);
      if (t === "") return {};
      return { update: { message: { ...base, text: t, entities: step.formatted ? entitiesFor(t, t.length) : undefined } }, input: t };
    }
    case "command": {
      const typed = `/${step.upper ? step.name[0]!.toUpperCase() + step.name.slice(1) : step.name}`;
      const t = cut(step.argument ? `${typed} ${step.argument}` : typed, LIMITS.text);
      return { update: { message: { ...base, text: t, entities: [{ type: "bot_command", offset: 0, length: typed.length }] } }, input: step.argument };
    }
    case "press": {
      const message = h.standIn.lastMessageWithKeyboard(chat.id);
      const buttons = message?.buttons.flat().filter((b) => b.callbackData) ?? [];
      if (!message || buttons.length === 0) return {};
      const data = buttons[step.index % buttons.length]!.callbackData!;
      oldData.push(data);
      if (oldData.length > 500) oldData.splice(0, 250);
      return { update: { callback_query: { id: `p${++messageSeq}`, from: user, chat_instance: "prop", message: message.message as never, data } } };
    }
    case "callback": {
      const data = step.stale && oldData.length > 0 ? oldData[step.data.length % oldData.length]! : step.data;
      const message = h.standIn.lastMessage(chat.id);
      const pressed = message ? (message.message as never) : { message_id: 1, date: 0, chat };
      return { update: { callback_query: { id: `c${++messageSeq}`, from: user, chat_instance: "prop", message: pressed, data } } };
    }
    case "sticker":
      return { update: { message: { ...base, sticker: { file_id: "CAAC1", file_unique_id: "s1", type: "regular", width: 512, height: 512, is_animated: false, is_video: false, emoji: "👍" } } } };
    case "voice":
      return { update: { message: { ...base, voice: { file_id: "AwAC1", file_unique_id: "v1", duration: 3, mime_type: "audio/ogg" } } } };
    case "location":
      return { update: { message: { ...base, location: { latitude: -6.2, longitude: 106.8 } } } };
    case "own contact":
    case "other contact":
      return {
        update: {
          message: {
            ...base,
            contact: { phone_number: step.kind === "own contact" ? `62812${String(user.id).padStart(7, "0")}` : "+6281111111111", first_name: "Kontak", user_id: step.kind === "own contact" ? user.id : 424242 },
          },
        },
      };
    case "photo": {
      const caption = cut(step.caption, LIMITS.caption) || undefined;
      return { update: { message: { ...base, photo: [{ file_id: "AgAC1", file_unique_id: "p1", width: 90, height: 90 }], caption } }, input: caption };
    }
    case "document": {
      const caption = cut(step.caption, LIMITS.caption) || undefined;
      const fileName = cut(step.name, LIMITS.fileName) || "berkas";
      const upload = h.standIn.userSendsDocument(user, { fileName, bytes: step.bytes }, chat.type === "private" ? undefined : chat, caption);
      return { update: { message: { ...(upload.message as object), chat, from: user } as never }, input: caption };
    }
    case "edited": {
      const t = cut(step.text, LIMITS.text) || "x";
      return { update: { edited_message: { ...base, text: t, edit_date: date } as never }, input: t };
    }
    case "forwarded": {
      const t = cut(step.text, LIMITS.text) || "x";
      return { update: { message: { ...base, text: t, forward_origin: { type: "user", date, sender_user: { id: 777, is_bot: false, first_name: "Lain" } } } as never }, input: t };
    }
    case "channel post": {
      const t = cut(step.text, LIMITS.text) || "x";
      return { update: { channel_post: { message_id: ++messageSeq, date, chat: { id: CHANNEL, type: "channel", title: "Kanal" }, text: t } as never }, input: t };
    }
    case "anonymous admin": {
      if (chat.type === "private") return {};
      const t = cut(step.text, LIMITS.text) || "/rapat";
      const command = /^\/\w+/.exec(t)?.[0];
      return {
        update: {
          message: {
            ...base,
            from: { id: ANONYMOUS_ADMIN_BOT, is_bot: true, first_name: "Group", username: "GroupAnonymousBot" },
            sender_chat: chat,
            text: t,
            entities: command ? [{ type: "bot_command", offset: 0, length: command.length }] : undefined,
          } as never,
        },
        input: t,
      };
    }
    case "inline": {
      const query = cut(step.query, LIMITS.inlineQuery);
      return { update: { inline_query: { id: `i${++messageSeq}`, from: user, query, offset: "" } }, input: query };
    }
  }
}

// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const FORBIDDEN_IN_STORED_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;

/** Columns that hold text people typed, per table, that must stay clean and (where required) non-empty. */
const TEXT_COLUMNS: Record<string, string[]> = {
  Member: ["fullName", "position"],
  Pokja: ["name", "description"],
  Meeting: ["title", "agenda", "place", "cancelReason"],
  MeetingActionItem: ["description", "ownerName"],
  Recommendation: ["title", "problem", "solution", "benefit"],
  SpbeTask: ["title", "description", "note"],
};

/** The database's invariants; each broken one as a sentence. */
async function invariantProblems(): Promise<string[]> {
  // One query counts what is broken (cheap enough for every case); only then are the rows named.
  if ((await brokenRowCount()) === 0) return [];
  return namedProblems();
}

const inList = (values: readonly string[]) => `(${values.map((v) => `'${v}'`).join(", ")})`;
const FORBIDDEN_CLASS = `[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]`;
/**
 * SQLite: GLOB with a class of the forbidden characters (NUL apart: SQLite strings stop there, so
 * instr). PostgreSQL: the same class as a regular expression (its text cannot hold NUL at all).
 */
const dirty = (column: string) =>
  isPostgres() ? `(${column} ~ '${FORBIDDEN_CLASS}')` : `(${column} GLOB '*${FORBIDDEN_CLASS}*' OR instr(${column}, char(0)) > 0)`;
const isPostgres = () => /^postgres(ql)?:/.test(h.databaseUrl);

async function brokenRowCount(): Promise<number> {
  const textChecks = Object.entries(TEXT_COLUMNS).map(
    ([table, columns]) => `(SELECT count(*) FROM "${table}" WHERE ${columns.map((c) => dirty(`"${c}"`)).join(" OR ")})`,
  );
  // Column names quoted: PostgreSQL folds unquoted ones to lower case.
  const sql = `SELECT ${[
    `(SELECT count(*) FROM "Member" WHERE "status" NOT IN ${inList(MEMBER_STATUSES)} OR "role" NOT IN ${inList(MEMBER_ROLES)} OR trim("fullName") = '' OR "language" NOT IN ('id', 'en'))`,
    `(SELECT count(*) FROM "Recommendation" WHERE "status" NOT IN ${inList(RECOMMENDATION_STATUSES)} OR trim("title") = '')`,
    `(SELECT count(*) FROM "SpbeTask" WHERE "status" NOT IN ${inList(TASK_STATUSES)} OR "progress" < 0 OR "progress" > 100)`,
    `(SELECT count(*) FROM "Meeting" WHERE trim("title") = '' OR "endsAt" < "startsAt")`,
    ...textChecks,
  ].join(" + ")} AS broken`;
  const [row] = await h.db.$queryRawUnsafe<{ broken: bigint | number }[]>(sql);
  return Number(row?.broken ?? 0);
}

async function namedProblems(): Promise<string[]> {
  const problems: string[] = [];
  const members = await h.db.member.findMany({ select: { id: true, fullName: true, status: true, role: true, language: true } });
  for (const m of members) {
    if (!(MEMBER_STATUSES as readonly string[]).includes(m.status)) problems.push(`member ${m.id} has status ${m.status}`);
    if (!(MEMBER_ROLES as readonly string[]).includes(m.role)) problems.push(`member ${m.id} has role ${m.role}`);
    if (m.fullName.trim() === "") problems.push(`member ${m.id} has an empty name`);
    if (!["id", "en"].includes(m.language)) problems.push(`member ${m.id} has language ${m.language}`);
  }
  for (const r of await h.db.recommendation.findMany({ select: { id: true, status: true, title: true } })) {
    if (!(RECOMMENDATION_STATUSES as readonly string[]).includes(r.status)) problems.push(`recommendation ${r.id} has status ${r.status}`);
    if (r.title.trim() === "") problems.push(`recommendation ${r.id} has an empty title`);
  }
  for (const t of await h.db.spbeTask.findMany({ select: { number: true, status: true, progress: true } })) {
    if (!(TASK_STATUSES as readonly string[]).includes(t.status)) problems.push(`task ${t.number} has status ${t.status}`);
    if (t.progress < 0 || t.progress > 100) problems.push(`task ${t.number} has progress ${t.progress}`);
  }
  for (const m of await h.db.meeting.findMany({ select: { id: true, title: true, startsAt: true, endsAt: true } })) {
    if (m.title.trim() === "") problems.push(`meeting ${m.id} has an empty title`);
    if (m.endsAt < m.startsAt) problems.push(`meeting ${m.id} ends before it starts`);
  }
  for (const [table, columns] of Object.entries(TEXT_COLUMNS)) {
    const rows = await h.db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT "id", ${columns.map((c) => `"${c}"`).join(", ")} FROM "${table}"`);
    for (const row of rows) {
      for (const column of columns) {
        const value = row[column];
        if (typeof value === "string" && FORBIDDEN_IN_STORED_TEXT.test(value)) {
          problems.push(`${table} ${String(row.id)}.${column} stores an invisible or control character: ${JSON.stringify(value.slice(0, 80))}`);
        }
      }
    }
  }
  return problems.length > 0 ? problems : ["the invariant query counted broken rows that the detailed check does not name"];
}

let casesRun = 0;

type CaseStep = { update?: Omit<Update, "update_id">; input?: string; line?: string };

async function runCase(updates: CaseStep[] | (() => CaseStep)[]): Promise<CaseResult> {
  casesRun++;
  const firstCall = h.standIn.outbox.length;
  const firstLine = collectedLogLines().length;
  const inputs: string[] = [];
  for (const item of updates) {
    const { update, input, line } = typeof item === "function" ? item() : item;
    if (input) inputs.push(cleanUserText(input));
    if (line !== undefined) await h.run(line);
    if (update) await deliver(update);
  }
  // What the bot queued goes out too (its messages must be valid as well).
  await h.created.dispatcher.drain();
  const problems: string[] = [];
  for (const call of h.standIn.outbox.slice(firstCall)) {
    problems.push(...callProblems(call));
    const echo = unescapedEcho(call, inputs);
    if (echo) problems.push(echo);
  }
  for (const { line } of collectedLogLines().slice(firstLine)) {
    if (line.includes('"update failed"') || line.includes('"level":50') || line.includes('"level":60')) {
      const entry = JSON.parse(line) as { msg?: string; err?: { type?: string; message?: string; stack?: string } };
      const at = entry.err?.stack?.split("\n").find((l) => l.includes("/src/"))?.trim() ?? "";
      problems.push(`error logged ("${entry.msg}"): ${entry.err?.type}: ${entry.err?.message} ${at}`);
    }
  }
  problems.push(...(await invariantProblems()));
  return { problems, inputs };
}

/** Each case starts outside any flow (the cast keeps its records; strangers are new every case). */
async function freshCase() {
  await h.db.conversationState.deleteMany({});
}

beforeAll(async () => {
  h = await createHarness();
  const budi = await approvedMember(h, CAST.coordinator, "Budi Santoso");
  const andi = await approvedMember(h, CAST.member, "Andi Wijaya");
  const dewi = await approvedMember(h, CAST.admin, "Dewi Lestari");
  await h.db.member.update({ where: { id: dewi.id }, data: { role: "admin" } });
  const { members, pokja } = h.created.services;
  const system = { memberId: null, telegramId: 1001n };
  await pokja.assignCoordinator(system, 1, budi.id);
  await pokja.join({ ...andi, status: "approved" }, 1);
  const agency = await h.db.agency.findUniqueOrThrow({ where: { code: "35.78" } });
  const pending = await members.register({
    telegramId: BigInt(CAST.pending), telegramUsername: null, fullName: "Penunggu Persetujuan", agencyId: agency.id,
    position: "Staf", nip: "198503122010011003", phone: "+6281234567890", language: "id", timezone: "Asia/Jakarta",
  });
  if (!pending.ok) throw new Error("fixture");
  for (const group of [{ id: LINKED_GROUP, type: "supergroup" as const, title: "Grup Pokja Kebijakan" }, { id: PLAIN_GROUP, type: "group" as const, title: "Grup lain" }]) {
    h.standIn.registerChat(group);
    h.standIn.setChatMemberStatus(group.id, h.standIn.botUser.id, "administrator");
    for (const id of Object.values(CAST)) h.standIn.setChatMemberStatus(group.id, id, "administrator");
  }
  await pokja.linkGroup(system, 1, BigInt(LINKED_GROUP), "Grup Pokja Kebijakan");
  await h.run("as 1001", "/start");
}, 60_000);

afterAll(async () => {
  await h?.dispose();
});

function report(result: CaseResult): boolean {
  if (result.problems.length > 0) throw new Error(result.problems.slice(0, 5).join("\n"));
  return true;
}

describe("generated input never breaks the bot", () => {
  it(`guided flows with generated answers: registration, profile, meeting, recommendation, broadcast, search (${CASES.guided} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(guidedArb, async ({ flow, answers }) => {
        await freshCase();
        const { who, lines } = GUIDED[flow]!;
        let user = userFor(who);
        let slots = 0;
        const steps = [`as ${user.id} ${user.first_name}`, ...lines].map((line) => () => {
          if (typeof line === "string") {
            if (line.startsWith("as ")) user = { ...user, id: Number(line.split(" ")[1]), first_name: "Admin" };
            return { line };
          }
          const answer = answers[slots++ % answers.length];
          if (!answer) return { line: line.typed };
          return stepUpdate({ kind: "text", text: answer.text, formatted: answer.formatted }, user, chatFor("private", user));
        });
        return report(await runCase(steps));
      }),
      { numRuns: CASES.guided, seed: SEED, endOnFailure: true },
    );
  }, TIMEOUT);

  it(`journeys: a command, then generated messages, presses, media and callbacks (${CASES.journeys} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(journeyArb, async ({ who, where, opening, steps }) => {
        await freshCase();
        const user = userFor(who);
        const chat = chatFor(where, user);
        const all: Step[] = [{ kind: "command", name: opening, argument: "", upper: false }, ...steps];
        // Each step is built when it is sent: a press reads the keyboard the previous step left.
        return report(await runCase(all.map((step) => () => stepUpdate(step, user, chat))));
      }),
      { numRuns: CASES.journeys, seed: SEED, endOnFailure: true },
    );
  }, TIMEOUT);

  it(`single updates of every kind from every kind of user, anywhere (${CASES.single} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(whoArb, whereArb, stepArb, async (who, where, step) => {
        await freshCase();
        const user = userFor(who);
        return report(await runCase([() => stepUpdate(step, user, chatFor(where, user))]));
      }),
      { numRuns: CASES.single, seed: SEED, endOnFailure: true },
    );
  }, TIMEOUT);

  it(`random and stale button data (${CASES.buttons} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(whoArb, whereArb, anyCallbackData(buttonPrefixes), fc.boolean(), async (who, where, data, stale) => {
        const user = userFor(who);
        return report(await runCase([() => stepUpdate({ kind: "callback", data, stale }, user, chatFor(where, user))]));
      }),
      { numRuns: CASES.buttons, seed: SEED, endOnFailure: true },
    );
  }, TIMEOUT);

  it("the checks bite: bad HTML, an empty button, an unescaped echo, a failed update and a broken row are caught", async () => {
    const first = h.standIn.outbox.length;
    const typed = "<i>x</i> 😀 <Budi>";
    await h.created.bot.api.sendMessage(2003, `Nama: ${typed}`, { parse_mode: "HTML" }).catch(() => undefined);
    await h.created.bot.api.sendMessage(2003, "Pilih:", { reply_markup: { inline_keyboard: [[{ text: "", callback_data: "x" }]] } });
    await h.created.bot.api.sendMessage(2003, "Nama: <i>x</i> 😀", { parse_mode: "HTML" });
    const calls = h.standIn.outbox.slice(first);
    expect(callProblems(calls[0]!).join(), "HTML Telegram cannot parse").toContain("can't parse entities");
    expect(callProblems(calls[1]!).join(), "a button without a label").toContain("empty text");
    expect(unescapedEcho(calls[2]!, ["<i>x</i> 😀"]), "user text read as markup").toContain("unescaped");
    expect(unescapedEcho(calls[2]!, ["<i>x</i>"]), "the bot's own markup is not taken for user text").toBeNull();
    // "&amp;" typed and not echoed, another text's "<" escaped as "&lt;" ("&amp;lt;" holds "&amp;"): no echo.
    const escapedOther = { ...calls[2]!, params: { ...calls[2]!.params, text: "Judul: &amp;lt;script&amp;gt; 😀" } };
    expect(unescapedEcho(escapedOther, ["&amp;"]), "part of another text's escaping").toBeNull();
    const echoedRaw = { ...calls[2]!, params: { ...calls[2]!.params, text: "Nama: &amp; 😀" } };
    expect(unescapedEcho(echoedRaw, ["&amp; 😀"]), "typed entity text sent as markup").toContain("unescaped");
    // An update whose handling throws is logged as "update failed", which a case reports.
    const message = { message_id: 1, date: 0, chat: { id: 2003, type: "private" as const, first_name: "Andi" }, from: { id: 2003, is_bot: false, first_name: "Andi" }, text: "/menu" };
    h.standIn.blockChat(2003);
    const result = await runCase([{ update: { message: { ...message, entities: [{ type: "bot_command" as const, offset: 0, length: 5 }] } } }]);
    h.standIn.unblockChat(2003);
    expect(result.problems.join("\n")).toContain("update failed");
    casesRun--; // not one of the generated cases
    // Any member row will do (a generated /hapus_akun case may have erased Andi's by now).
    const andi = await h.db.member.findFirstOrThrow({ orderBy: { id: "asc" } });
    await h.db.member.update({ where: { id: andi.id }, data: { position: "Staf\u202Egpj.exe" } });
    expect((await invariantProblems()).join()).toContain("invisible or control character");
    await h.db.member.update({ where: { id: andi.id }, data: { position: andi.position } });
  });

  it("ran every case it promised", () => {
    expect(casesRun).toBe(CASES.guided + CASES.journeys + CASES.single + CASES.buttons);
  });
});
