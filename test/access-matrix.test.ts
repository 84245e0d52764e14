// The access-control matrix (issue 13): every command, every kind of button (through the codecs,
// pressed with the ids of real things of Pokja Kebijakan) and inline queries, from every kind of
// user, in a private chat and in a group. Each cell is either allowed-and-done (an answer that is
// not a refusal) or refused-with-a-message-and-nothing-changed. What is expected comes from the same
// declarations as README's rights table: the audiences of commands and button kinds (features) and
// the rules of src/access/permissions.ts, asked about the very thing the button names.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { hasAudience, resolveAccess, type Access } from "../src/access/access.js";
import type { Permissions } from "../src/access/permissions.js";
import { RULES } from "../src/access/rights.js";
import { ALL_COMMANDS, FEATURES } from "../src/bot/features.js";
import { approvedMember, createHarness, recommendationDraft, type Harness } from "./support/bot-harness.js";
import { NEUTRAL_KEY, refusalTexts } from "./support/refusals.js";

const GROUP = -1009001;
const SYSTEM = { memberId: null, telegramId: 1001n };

interface Person {
  kind: string;
  id: number;
  name: string;
}

const PEOPLE: Person[] = [
  { kind: "unknown", id: 3001, name: "Tamu" },
  { kind: "pending", id: 3002, name: "Penunggu" },
  { kind: "rejected", id: 3003, name: "Ditolak" },
  { kind: "suspended", id: 3004, name: "Ditangguhkan" },
  { kind: "member", id: 2003, name: "Andi" },
  { kind: "member of another pokja", id: 2006, name: "Rina" },
  { kind: "coordinator of another pokja", id: 2007, name: "Joko" },
  { kind: "coordinator", id: 2001, name: "Budi" },
  { kind: "admin", id: 2005, name: "Dewi" },
  // Named in ADMIN_TELEGRAM_IDS (the sandbox's default admin), with no member record before the first message.
  { kind: "configured admin, never registered", id: 1001, name: "Sekretariat" },
];
const byKind = (kind: string) => PEOPLE.find((p) => p.kind === kind)!;

/** Tables a refused request must leave as they were (flow state and the static registry aside). */
const WATCHED_TABLES = [
  "Member", "AuditLog", "Pokja", "PokjaMembership", "PokjaCoordinator", "PokjaGroup", "Delivery", "Broadcast",
  "SpbeTask", "SpbeTaskHistory", "SpbeTaskFollower", "Meeting", "MeetingInvite", "MeetingReminder", "MeetingSeries",
  "MeetingActionItem", "Recommendation", "RecommendationEvent", "RecommendationSupport", "RecommendationFollower",
];

let h: Harness;
let updateSeq = 0;
let refusals: (text: string) => boolean;
let neutral: (text: string) => boolean;

/**
 * Cells where the bot and the declarations disagree, found by this matrix and reported (issue 13);
 * each names the file to fix. They are left out of the assertion until fixed, nothing else is.
 */
const KNOWN_DISAGREEMENTS: Record<string, string> = {};

/** The real things of Pokja Kebijakan (pokja 1) whose ids the buttons carry. */
const things = { meetingId: 0, recommendationId: 0, actionItemId: 0, broadcastId: 0, taskNumber: 0, groupId: 0, applicantId: 0, spareMemberId: 0 };
/** A pokja the admin-only pokja buttons may rename, moderate and staff without touching pokja 1. */
const SPARE_POKJA = 3;
/** A pokja made for the matrix, for the retire buttons (a retired pokja answers "not found" after). */
let retirablePokja = 0;

async function snapshot(): Promise<string> {
  const parts: string[] = [];
  for (const table of WATCHED_TABLES) {
    const rows = await h.db.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${table}" ORDER BY 1`);
    parts.push(table, JSON.stringify(rows, (_k, v) => (typeof v === "bigint" ? String(v) : v)));
  }
  return parts.join("\n");
}

async function accessOf(person: Person): Promise<Access> {
  const member = await h.db.member.findUnique({ where: { telegramId: BigInt(person.id) }, include: { agency: true } });
  return resolveAccess(member, h.created.services.members.isConfiguredAdmin(BigInt(person.id)), "Asia/Jakarta");
}

interface Answer {
  /** Calls to Telegram and queued messages it caused. */
  count: number;
  /** Every text the person was shown (messages, edits, pop-ups), for telling refusals apart. */
  texts: string[];
}

/** Sends one update; what the bot sent back. */
async function answersTo(partial: Omit<Update, "update_id">): Promise<Answer> {
  const first = h.standIn.outbox.length;
  const queuedBefore = await h.db.delivery.count();
  await h.created.bot.handleUpdate(h.standIn.enqueueUpdate(partial));
  const calls = h.standIn.outbox.slice(first).filter((c) => c.method !== "getUpdates");
  const texts = calls.flatMap((c) => [c.params.text, c.params.caption].filter((t): t is string => typeof t === "string" && t !== ""));
  return { count: calls.length + (await h.db.delivery.count()) - queuedBefore, texts };
}

function chatOf(person: Person, where: "private" | "group") {
  return where === "private"
    ? { id: person.id, type: "private" as const, first_name: person.name }
    : { id: GROUP, type: "supergroup" as const, title: "Grup Pokja Kebijakan" };
}

const fromOf = (person: Person) => ({ id: person.id, is_bot: false, first_name: person.name, language_code: "id" });

function commandUpdate(person: Person, where: "private" | "group", text: string): Omit<Update, "update_id"> {
  const command = text.split(" ")[0]!;
  return {
    message: {
      message_id: ++updateSeq,
      date: Math.floor(h.clock.now().getTime() / 1000),
      chat: chatOf(person, where),
      from: fromOf(person),
      text,
      entities: [{ type: "bot_command", offset: 0, length: command.length }],
    },
  } as Omit<Update, "update_id">;
}

function pressUpdate(person: Person, where: "private" | "group", data: string): Omit<Update, "update_id"> {
  return {
    callback_query: {
      id: `matrix-${++updateSeq}`,
      from: fromOf(person),
      chat_instance: "matrix",
      message: { message_id: 1, date: 0, chat: chatOf(person, where) },
      data,
    },
  } as Omit<Update, "update_id">;
}

/** Leaves any flow a command opened, so the next command starts clean. */
async function leaveFlows(person: Person) {
  await h.created.bot.handleUpdate(h.standIn.enqueueUpdate(commandUpdate(person, "private", "/batal")));
}

interface Request {
  label: string;
  /** Worked out just before the request is sent, from the declarations and the database as it is then. */
  allowed: () => Promise<boolean>;
  update: () => Promise<Omit<Update, "update_id">> | Omit<Update, "update_id">;
}

/**
 * Sends each request in turn and sorts out the cells that broke their expectation: unanswered,
 * allowed but refused, refused without a refusal message, refused but the database changed. The
 * refused requests go first, between two snapshots of the database (one pair per walk keeps the
 * test fast); only when those differ is each refused request taken on its own, so the failure
 * names the culprit. Any flow a request opened is left before the next.
 */
async function walk(person: Person, where: "private" | "group", requests: Request[]) {
  const problems = { silent: [] as string[], allowedButRefused: [] as string[], refusedWithoutReason: [] as string[], refusedButChanged: [] as string[] };
  const decided = await Promise.all(requests.map(async (r) => ({ ...r, expected: await r.allowed() })));
  const send = async (request: (typeof decided)[number]) => {
    const answer = await answersTo(await request.update());
    await leaveFlows(person);
    const refused = answer.texts.some(refusals);
    const saidNo = refused || answer.texts.some(neutral);
    const known = KNOWN_DISAGREEMENTS[request.label] ?? KNOWN_DISAGREEMENTS[`${where}:${request.label}`];
    if (answer.count === 0) problems.silent.push(request.label);
    else if (known) return;
    else if (request.expected && refused) problems.allowedButRefused.push(`${request.label}: ${answer.texts.find(refusals)}`);
    else if (!request.expected && !saidNo) problems.refusedWithoutReason.push(`${request.label}: ${answer.texts.join(" / ").slice(0, 160) || "(no text)"}`);
  };
  const refused = decided.filter((r) => !r.expected);
  const before = await snapshot();
  for (const request of refused) await send(request);
  if ((await snapshot()) !== before) {
    for (const request of refused) {
      const one = await snapshot();
      await answersTo(await request.update());
      await leaveFlows(person);
      if ((await snapshot()) !== one) problems.refusedButChanged.push(request.label);
    }
    if (problems.refusedButChanged.length === 0) problems.refusedButChanged.push(`one of: ${refused.map((r) => r.label).join(", ")}`);
  }
  for (const request of decided.filter((r) => r.expected)) await send(request);
  return problems;
}

function expectNoProblems(problems: Awaited<ReturnType<typeof walk>>) {
  expect(problems.silent, "left unanswered").toEqual([]);
  expect(problems.allowedButRefused, "allowed by the declarations, but refused").toEqual([]);
  expect(problems.refusedWithoutReason, "refused by the declarations, but not refused with a message").toEqual([]);
  expect(problems.refusedButChanged, "refused, but the database changed").toEqual([]);
}

beforeAll(async () => {
  h = await createHarness();
  refusals = refusalTexts("id");
  neutral = refusalTexts("id", NEUTRAL_KEY);
  const { members, pokja } = h.created.services;
  const budi = await approvedMember(h, 2001, "Budi Santoso");
  const andi = await approvedMember(h, 2003, "Andi Wijaya");
  const dewi = await approvedMember(h, 2005, "Dewi Lestari");
  const rina = await approvedMember(h, 2006, "Rina Kurniawati");
  const joko = await approvedMember(h, 2007, "Joko Susilo");
  const applicant = await approvedMember(h, 2008, "Sari Pemohon");
  const spare = await approvedMember(h, 2009, "Wati Cadangan");
  await h.db.member.update({ where: { id: dewi.id }, data: { role: "admin" } });
  await pokja.assignCoordinator(SYSTEM, 1, budi.id);
  await pokja.assignCoordinator(SYSTEM, 2, joko.id);
  await pokja.join({ ...andi, status: "approved" }, 1);
  await pokja.join({ ...rina, status: "approved" }, 2);
  // A request to join pokja 1 waits for its coordinators (pk:acc / pk:dec).
  await h.db.pokja.update({ where: { id: 1 }, data: { isOpen: false } });
  await pokja.join({ ...applicant, status: "approved" }, 1);
  await h.db.pokja.update({ where: { id: 1 }, data: { isOpen: true } });
  const agency = await h.db.agency.findUniqueOrThrow({ where: { code: "35.78" } });
  for (const [id, status] of [[3002, "pending"], [3003, "rejected"], [3004, "suspended"]] as const) {
    const registered = await members.register({
      telegramId: BigInt(id), telegramUsername: null, fullName: `Pengguna ${id}`, agencyId: agency.id,
      position: "Staf", nip: null, phone: null, language: "id", timezone: "Asia/Jakarta",
    });
    if (!registered.ok) throw new Error("fixture");
    await h.db.member.update({ where: { id: registered.member.id }, data: { status, rejectionReason: "uji", suspensionReason: "uji" } });
  }
  h.standIn.registerChat({ id: GROUP, type: "supergroup", title: "Grup Pokja Kebijakan" });
  await pokja.linkGroup(SYSTEM, 1, BigInt(GROUP), "Grup Pokja Kebijakan");
  // Everyone is an admin of the group, so group commands reach the rights check itself.
  for (const person of PEOPLE) h.standIn.setChatMemberStatus(GROUP, person.id, "administrator");

  // The things of pokja 1.
  const { meetings, recommendations } = h.created.services;
  const created = await meetings.create({
    pokjaId: 1, title: "Rapat Pokja Kebijakan", agenda: "Agenda", startsAt: new Date("2026-12-28T02:00:00Z"), durationMinutes: 60,
    timezone: "Asia/Jakarta", place: "Ruang 3", onlineUrl: "https://meet.google.com/abc-defg-hij", reminderOffsets: [60], createdById: budi.id, createdByName: "Budi Santoso",
  });
  things.meetingId = created.meeting.id;
  const item = await h.db.meetingActionItem.create({
    data: { meetingId: things.meetingId, description: "Menyusun draf", ownerId: andi.id, ownerName: "Andi Wijaya", dueAt: new Date("2027-01-05T02:00:00Z"), createdAt: h.clock.now() },
  });
  things.actionItemId = item.id;
  const rec = await recommendations.submit(recommendationDraft(andi.id, { submitterName: "Andi Wijaya", timezone: "Asia/Jakarta" }));
  things.recommendationId = (rec as { recommendation?: { id: number } }).recommendation?.id ?? (await h.db.recommendation.findFirstOrThrow()).id;
  const broadcast = await h.db.broadcast.create({
    data: { senderId: budi.id, senderTelegramId: 2001n, audience: JSON.stringify({ kind: "pokja", pokjaIds: [1] }), audienceLabel: "Pokja Kebijakan", payload: JSON.stringify({ kind: "text", text: "Halo" }), total: 1, scheduledAt: h.clock.now(), progressChatId: 2001n, createdAt: h.clock.now() },
  });
  things.broadcastId = broadcast.id;
  await h.db.delivery.create({ data: { chatId: 2003n, payload: JSON.stringify({ kind: "text", text: "Halo" }), dedupeKey: "matrix-bc", state: "sent", notBefore: h.clock.now(), createdAt: h.clock.now(), broadcastId: broadcast.id } });
  const task = await h.db.spbeTask.findFirstOrThrow({ orderBy: { number: "asc" } });
  await h.db.spbeTask.update({ where: { id: task.id }, data: { pokjaId: 1 } });
  things.taskNumber = task.number;
  things.groupId = (await h.db.pokjaGroup.findFirstOrThrow({ where: { chatId: BigInt(GROUP) } })).id;
  things.applicantId = applicant.id;
  retirablePokja = (await h.db.pokja.create({ data: { slug: "pokja-uji", name: "Pokja Uji", description: "Untuk diuji", createdAt: h.clock.now() } })).id;
  things.spareMemberId = spare.id;
  // First contact: the configured admin gets their record now, not inside the measured requests.
  await answersTo(commandUpdate(byKind("configured admin, never registered"), "private", "/start"));
  await h.db.member.update({ where: { telegramId: 1001n }, data: { fullName: "Sekretariat Forum" } });
  await h.created.dispatcher.drain();
}, 60_000);

afterAll(async () => {
  await h?.dispose();
});

/** Each name once, with every definition of it (a command may be declared for private chats and, apart, for groups). */
const commandNames = [...new Set(ALL_COMMANDS.flatMap((c) => [c.command, ...(c.aliases ?? [])]))].map((name) => ({
  name,
  definitions: ALL_COMMANDS.filter((c) => c.command === name || c.aliases?.includes(name)),
}));

/**
 * Whether the declarations let this person use the command here. The definition for this kind of
 * chat decides (as the gate picks it). Registration ("unapproved") is, in its own flow, for those
 * who may apply: an applicant still waiting and a suspended member are told their status instead.
 */
function commandAllowed(access: Access, definitions: (typeof ALL_COMMANDS)[number][], where: "private" | "group"): boolean {
  const definition = definitions.find((d) => d.chats.includes(where));
  if (!definition || !hasAudience(access, definition.audience)) return false;
  if (definition.audience === "unapproved" && !mayApply(access)) return false;
  return true;
}

/** The registration flow's own rule: the unknown and the rejected may apply; others are told their status. */
function mayApply(access: Access): boolean {
  return access.status === "unregistered" || access.status === "rejected";
}

/**
 * Commands whose rights also depend on the thing they act on, beyond their audience: in the pokja's
 * linked group, the group's pokja. Every other command is decided by its audience and its chats.
 */
const COMMAND_RULES: Partial<Record<string, { rule: keyof Permissions; where: "group" }>> = {
  hubungkan: { rule: "managesPokja", where: "group" },
  putuskan: { rule: "managesPokja", where: "group" },
  undangan: { rule: "managesPokja", where: "group" },
};

describe("every command: allowed-and-done, or refused with a message and nothing changed", () => {
  for (const where of ["private", "group"] as const) {
    for (const person of PEOPLE) {
      it(`${person.kind} in a ${where} chat`, async () => {
        const problems = await walk(
          person,
          where,
          commandNames.map(({ name, definitions }) => {
            // Capitalised as a phone does it.
            const typed = `/${name[0]!.toUpperCase()}${name.slice(1)}`;
            return {
              label: typed,
              allowed: async () => {
                const access = await accessOf(person);
                if (!commandAllowed(access, definitions, where)) return false;
                const extra = COMMAND_RULES[name];
                if (!extra || extra.where !== where) return true;
                const rule = h.created.permissions[extra.rule] as (access: Access, pokjaId: number) => Promise<boolean>;
                return rule(access, 1);
              },
              update: () => commandUpdate(person, where, typed),
            };
          }),
        );
        expectNoProblems(problems);
      });
    }
  }

  it("suggests the nearest command for a typo, and answers an unknown one", async () => {
    const member = byKind("member");
    await answersTo(commandUpdate(member, "private", "/rapta"));
    expect(h.standIn.lastMessage(member.id)?.text).toContain("Maksud Bapak/Ibu /rapat?");
    await answersTo(commandUpdate(member, "private", "/xyzzy"));
    expect(h.standIn.lastMessage(member.id)?.text).toContain("tidak dikenal");
  });

  it("stays quiet for ordinary chatter in a group, and answers a command in a group", async () => {
    const member = byKind("member");
    const chatter = { ...commandUpdate(member, "group", "selamat pagi semua") };
    (chatter.message as { entities?: unknown }).entities = undefined;
    expect((await answersTo(chatter)).count).toBe(0);
    expect((await answersTo(commandUpdate(member, "group", "/rapat"))).count).toBeGreaterThan(0);
  });
});

const buttonKinds = FEATURES.flatMap((f) => f.buttons.map((codec) => ({ feature: f.name, codec })));

type Rule = { rule: keyof Permissions; on: () => Promise<unknown> | unknown };

const meeting = () => h.db.meeting.findUniqueOrThrow({ where: { id: things.meetingId } });
const recommendation = () => h.db.recommendation.findUniqueOrThrow({ where: { id: things.recommendationId } });
const onMeeting = (rule: keyof Permissions): Rule => ({ rule, on: meeting });
const onRecommendation = (rule: keyof Permissions): Rule => ({ rule, on: recommendation });
const onPokja1 = (rule: keyof Permissions): Rule => ({ rule, on: () => 1 });

/**
 * The rule of src/access/permissions.ts that decides a press on the thing the button names, for
 * kinds whose audience is not the whole answer (null: the audience decides). Every kind is listed,
 * so a new kind of button must be placed here (the test below fails until it is).
 */
const BUTTON_RULES: Record<string, Rule | null> = {
  // Admin-only tools and one's own things: the audience decides.
  ...Object.fromEntries(
    [
      "adm:pending", "adm:approve", "adm:approvelist", "adm:reject", "adm:search", "adm:find", "adm:member", "adm:role", "adm:suspend", "adm:reinstate",
      "pk:list", "pk:view", "pk:join", "pk:leave", "pk:leaveok", "pk:create", "pk:rename", "pk:describe", "pk:mode", "pk:retire", "pk:retireok",
      "pk:coords", "pk:cadd", "pk:cset", "pk:crm", "pk:cmember", "pk:ctog",
      "tk:c", "tk:f", "tk:u", "tk:l", "tk:x", "tk:ae", "tk:ap", "tk:an", "tk:ak", "tk:ai", "tk:ad", "set:rem", "menu:show", "menu:open", "pv:export",
      "prof:edit", "prof:tzmenu", "prof:tz", "prof:optout", "prof:langmenu", "prof:lang",
      "rmy", "rq", "rr", "rx",
    ].map((prefix) => [prefix, null]),
  ),
  // Registration: the flow's own rule (mayApply), as for /daftar.
  "start:register": null,
  "pk:req": onPokja1("managesPokja"),
  "pk:acc": onPokja1("managesPokja"),
  "pk:dec": onPokja1("managesPokja"),
  "pk:dir": onPokja1("managesPokja"),
  "pk:csv": onPokja1("managesPokja"),
  "pk:rmleave": onPokja1("managesPokja"),
  "grp:link": onPokja1("managesPokja"),
  "grp:unlink": onPokja1("managesPokja"),
  "grp:keep": onPokja1("managesPokja"),
  "grp:invite": onPokja1("managesPokja"),
  "tk:e": { rule: "updatesTask", on: () => ({ pokjaId: 1 }) },
  "mt:c": onMeeting("seesMeeting"),
  "mt:r": { rule: "isInvitee", on: () => things.meetingId },
  "mt:m": { rule: "isInvitee", on: () => things.meetingId },
  "mt:l": onMeeting("managesMeeting"),
  "mt:n": onMeeting("managesMeeting"),
  "mt:nc": onMeeting("managesMeeting"),
  "mt:x": onMeeting("managesMeeting"),
  "mt:g": onMeeting("managesMeeting"),
  "mt:a": onMeeting("managesMeeting"),
  "mt:p": { rule: "isInvitee", on: () => things.meetingId },
  "mt:at": onMeeting("managesMeeting"),
  "mt:ac": onMeeting("managesMeeting"),
  "mt:nt": onMeeting("managesMeeting"),
  "mt:nv": onMeeting("seesMeeting"),
  "mt:ai": { rule: "updatesActionItem", on: async () => ({ ownerId: (await h.db.meetingActionItem.findUniqueOrThrow({ where: { id: things.actionItemId } })).ownerId, meeting: await meeting() }) },
  rc: onRecommendation("seesRecommendation"),
  rs: onRecommendation("seesRecommendation"),
  rf: onRecommendation("seesRecommendation"),
  rp: onRecommendation("seesRecommendation"),
  rv: onRecommendation("revisesRecommendation"),
  ra: onRecommendation("reviewsRecommendation"),
  ru: onRecommendation("reviewsRecommendation"),
  rm: onRecommendation("reviewsRecommendation"),
  rmp: onRecommendation("reviewsRecommendation"),
  rt: onRecommendation("reviewsRecommendation"),
  rl: onPokja1("seesPokjaRecommendations"),
  rlf: onPokja1("seesPokjaRecommendations"),
  "bc:stop": { rule: "handlesBroadcast", on: () => h.db.broadcast.findUniqueOrThrow({ where: { id: things.broadcastId } }) },
  "bc:csv": { rule: "handlesBroadcast", on: () => h.db.broadcast.findUniqueOrThrow({ where: { id: things.broadcastId } }) },
  "bc:rep": { rule: "repliesToBroadcast", on: () => h.db.broadcast.findUniqueOrThrow({ where: { id: things.broadcastId } }) },
  "bc:ans": { rule: "answersBroadcastReply", on: () => h.db.broadcast.findUniqueOrThrow({ where: { id: things.broadcastId } }) },
};

/** The ids a sampled button carries, by field name: the real things of pokja 1 (or spare ones for the admin tools). */
async function fieldValue(prefix: string, field: string, sampled: unknown): Promise<unknown> {
  switch (field) {
    case "meetingId":
    case "meeting":
      return things.meetingId;
    case "id":
      return things.recommendationId;
    case "version":
      return (await recommendation()).version;
    case "itemId":
      return things.actionItemId;
    case "broadcastId":
      return things.broadcastId;
    case "number":
      return things.taskNumber;
    case "groupId":
      return things.groupId;
    case "pokjaId":
    case "pokja":
      // Admin-only pokja tools (rename, coordinators) and joining or leaving work on a spare pokja.
      if (prefix === "pk:retire" || prefix === "pk:retireok") return retirablePokja;
      return BUTTON_RULES[prefix] ? 1 : SPARE_POKJA;
    case "memberId":
      if (prefix === "pk:acc" || prefix === "pk:dec") return things.applicantId;
      if (prefix === "mt:at" || prefix === "bc:ans") return (await h.db.member.findUniqueOrThrow({ where: { telegramId: 2003n } })).id;
      return things.spareMemberId;
    default:
      return sampled;
  }
}

/** Data of this kind naming the real things: the codec's sample, its ids replaced (packed by the codec itself). */
async function dataFor(codec: (typeof buttonKinds)[number]["codec"]): Promise<string> {
  const sample = codec.unpack(codec.sample()) as Record<string, unknown>;
  const value: Record<string, unknown> = {};
  for (const [field, sampled] of Object.entries(sample)) value[field] = await fieldValue(codec.prefix, field, sampled);
  return codec.pack(value);
}

/** Whether the declarations let this person press this kind of button on the thing it names. */
async function pressAllowed(person: Person, codec: (typeof buttonKinds)[number]["codec"]): Promise<boolean> {
  const access = await accessOf(person);
  if (!hasAudience(access, codec.audience)) return false;
  if (codec.prefix === "start:register") return mayApply(access);
  const rule = BUTTON_RULES[codec.prefix];
  if (!rule) return true;
  const thing = await rule.on();
  const permissions = h.created.permissions as unknown as Record<string, (...args: unknown[]) => Promise<boolean> | boolean>;
  switch (rule.rule) {
    case "handlesBroadcast":
      return permissions.handlesBroadcast!(access, thing, BigInt(person.id));
    case "repliesToBroadcast":
      return permissions.repliesToBroadcast!(BigInt(person.id), thing, async () => false);
    case "answersBroadcastReply":
      return permissions.answersBroadcastReply!(BigInt(person.id), thing, true);
    default:
      return permissions[rule.rule]!.call(h.created.permissions, access, thing);
  }
}

describe("every kind of button: allowed-and-done, or refused with a message and nothing changed", () => {
  it("has every kind of button placed under a rule of the permissions module (or its audience alone)", () => {
    expect(buttonKinds.length).toBeGreaterThan(0);
    expect(new Set(buttonKinds.map((b) => b.codec.prefix)).size, "one codec per prefix").toBe(buttonKinds.length);
    expect(buttonKinds.map((b) => b.codec.prefix).filter((p) => !(p in BUTTON_RULES)), "kinds without a rule here").toEqual([]);
    for (const rule of Object.values(BUTTON_RULES)) if (rule) expect(Object.keys(RULES)).toContain(rule.rule);
  });

  for (const where of ["private", "group"] as const) {
    for (const person of PEOPLE) {
      it(`${person.kind} in a ${where} chat`, async () => {
        const problems = await walk(
          person,
          where,
          buttonKinds.map(({ codec }) => ({
            label: codec.prefix,
            allowed: () => pressAllowed(person, codec),
            update: async () => pressUpdate(person, where, await dataFor(codec)),
          })),
        );
        expectNoProblems(problems);
      });
    }
  }

  it("answers forged data: numbers too big, unknown kinds, stale flow buttons", async () => {
    const member = byKind("member");
    for (const data of ["mt:r:99999999999999999999:h", "zz:1", "reg:abcde:name:", "pk:leave:12x"]) {
      expect((await answersTo(pressUpdate(member, "private", data))).count, data).toBeGreaterThan(0);
    }
  });
});

describe("inline queries", () => {
  it("offer task cards to approved members only, and answer everyone", async () => {
    const task = await h.db.spbeTask.findUniqueOrThrow({ where: { number: things.taskNumber } });
    const word = task.title.split(/\s+/).find((w) => w.length > 4) ?? task.title;
    for (const person of PEOPLE) {
      const access = await accessOf(person);
      const before = h.standIn.inlineAnswers.length;
      await h.created.bot.handleUpdate(h.standIn.enqueueUpdate({ inline_query: { id: `iq-${++updateSeq}`, from: fromOf(person), query: word, offset: "" } }));
      const answers = h.standIn.inlineAnswers.slice(before);
      expect(answers.length, `${person.kind}: answered`).toBe(1);
      const results = answers[0]!.results as unknown[];
      if (access.isApproved) expect(results.length, `${person.kind}: finds "${word}"`).toBeGreaterThan(0);
      else expect(results, `${person.kind}: nothing for those who are not members`).toEqual([]);
    }
  });
});
