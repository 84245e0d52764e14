// Every command and every kind of button, from every kind of user, in a private chat and in a
// group: something is always sent back, and nothing in the database changes for someone outside
// the command's or the button's audience. The audiences are the ones README's rights table shows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { hasAudience, resolveAccess, type Access } from "../src/access/access.js";
import { ALL_COMMANDS, FEATURES } from "../src/bot/features.js";
import { approvedMember, createHarness, type Harness } from "./support/bot-harness.js";

const GROUP = -1009001;

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
  { kind: "coordinator", id: 2001, name: "Budi" },
  { kind: "admin", id: 2005, name: "Dewi" },
  { kind: "configured admin, never registered", id: 1009, name: "Sekretariat" },
];

/** Tables a refused request must leave as they were (flow state and the static registry aside). */
const WATCHED_TABLES = [
  "Member", "AuditLog", "Pokja", "PokjaMembership", "PokjaCoordinator", "PokjaGroup", "Delivery", "Broadcast",
  "SpbeTask", "SpbeTaskHistory", "SpbeTaskFollower", "Meeting", "MeetingInvite", "MeetingReminder", "MeetingSeries",
  "MeetingActionItem", "Recommendation", "RecommendationEvent", "RecommendationSupport", "RecommendationFollower",
];

let h: Harness;
let updateSeq = 0;

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
  return resolveAccess(member, person.id === 1009, "Asia/Jakarta");
}

/** Sends one update and returns how many things the bot sent back (API calls and queued messages). */
async function answersTo(partial: Omit<Update, "update_id">): Promise<number> {
  const callsBefore = h.standIn.calls().filter((c) => c.method !== "getUpdates").length;
  const queuedBefore = await h.db.delivery.count();
  await h.created.bot.handleUpdate(h.standIn.enqueueUpdate(partial));
  const calls = h.standIn.calls().filter((c) => c.method !== "getUpdates").length - callsBefore;
  return calls + (await h.db.delivery.count()) - queuedBefore;
}

function chatOf(person: Person, where: "private" | "group") {
  return where === "private"
    ? { id: person.id, type: "private" as const, first_name: person.name }
    : { id: GROUP, type: "supergroup" as const, title: "Grup Pokja Kebijakan" };
}

function commandUpdate(person: Person, where: "private" | "group", text: string): Omit<Update, "update_id"> {
  const command = text.split(" ")[0]!;
  return {
    message: {
      message_id: ++updateSeq,
      date: Math.floor(h.clock.now().getTime() / 1000),
      chat: chatOf(person, where),
      from: { id: person.id, is_bot: false, first_name: person.name, language_code: "id" },
      text,
      entities: [{ type: "bot_command", offset: 0, length: command.length }],
    },
  } as Omit<Update, "update_id">;
}

function pressUpdate(person: Person, where: "private" | "group", data: string): Omit<Update, "update_id"> {
  return {
    callback_query: {
      id: `matrix-${++updateSeq}`,
      from: { id: person.id, is_bot: false, first_name: person.name, language_code: "id" },
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

/**
 * Sends each request in turn: which got no answer, and which changed the database although the
 * person was outside its audience. The refused requests go first, between two snapshots of the
 * database (one pair per walk keeps the test fast); only when those differ is each refused request
 * taken on its own, so the failure names the culprit. Any flow a request opened is left before the next.
 */
async function walk(person: Person, requests: { label: string; allowed: boolean; update: () => Omit<Update, "update_id"> }[]) {
  const silent: string[] = [];
  const changed: string[] = [];
  const send = async (request: (typeof requests)[number]) => {
    if ((await answersTo(request.update())) === 0) silent.push(request.label);
    await leaveFlows(person);
  };
  const refused = requests.filter((r) => !r.allowed);
  const before = await snapshot();
  for (const request of refused) await send(request);
  if ((await snapshot()) !== before) {
    for (const request of refused) {
      const one = await snapshot();
      await answersTo(request.update());
      await leaveFlows(person);
      if ((await snapshot()) !== one) changed.push(request.label);
    }
    if (changed.length === 0) changed.push(`one of: ${refused.map((r) => r.label).join(", ")}`);
  }
  for (const request of requests.filter((r) => r.allowed)) await send(request);
  return { silent, changed };
}

beforeAll(async () => {
  h = await createHarness();
  const budi = await approvedMember(h, 2001, "Budi Santoso");
  await approvedMember(h, 2003, "Andi Wijaya");
  const dewi = await approvedMember(h, 2005, "Dewi Lestari");
  await h.db.member.update({ where: { id: dewi.id }, data: { role: "admin" } });
  const { members, pokja } = h.created.services;
  await pokja.assignCoordinator({ memberId: null, telegramId: 1001n }, 1, budi.id);
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
  await pokja.linkGroup({ memberId: null, telegramId: 1001n }, 1, BigInt(GROUP), "Grup Pokja Kebijakan");
  // First contact: the configured admin gets their record now, not inside the measured requests.
  await answersTo(commandUpdate(PEOPLE[7]!, "private", "/start"));
}, 60_000);

afterAll(async () => {
  await h?.dispose();
});

const commandNames = ALL_COMMANDS.flatMap((c) => [c.command, ...(c.aliases ?? [])].map((name) => ({ name, definition: c })));

describe("every command gets an answer, and refused ones change nothing", () => {
  for (const where of ["private", "group"] as const) {
    for (const person of PEOPLE) {
      it(`${person.kind} in a ${where} chat`, async () => {
        const access = await accessOf(person);
        const { silent, changed } = await walk(
          person,
          commandNames.map(({ name, definition }) => {
            // Capitalised as a phone does it.
            const typed = `/${name[0]!.toUpperCase()}${name.slice(1)}`;
            const allowed = hasAudience(access, definition.audience) && definition.chats.includes(where);
            return { label: typed, allowed, update: () => commandUpdate(person, where, typed) };
          }),
        );
        expect(silent, "commands left unanswered").toEqual([]);
        expect(changed, "refused commands that changed the database").toEqual([]);
      });
    }
  }

  it("suggests the nearest command for a typo, and answers an unknown one", async () => {
    const member = PEOPLE[4]!;
    await answersTo(commandUpdate(member, "private", "/rapta"));
    expect(h.standIn.lastMessage(member.id)?.text).toContain("Maksud Bapak/Ibu /rapat?");
    await answersTo(commandUpdate(member, "private", "/xyzzy"));
    expect(h.standIn.lastMessage(member.id)?.text).toContain("tidak dikenal");
  });

  it("stays quiet for ordinary chatter in a group, and answers a command in a group", async () => {
    const member = PEOPLE[4]!;
    const chatter = { ...commandUpdate(member, "group", "selamat pagi semua") };
    (chatter.message as { entities?: unknown }).entities = undefined;
    expect(await answersTo(chatter)).toBe(0);
    expect(await answersTo(commandUpdate(member, "group", "/rapat"))).toBeGreaterThan(0);
  });
});

const buttonKinds = FEATURES.flatMap((f) => f.buttons.map((codec) => ({ feature: f.name, codec })));

describe("every kind of button gets an answer, and refused presses change nothing", () => {
  it("has button kinds declared by the features", () => {
    expect(buttonKinds.length).toBeGreaterThan(0);
    expect(new Set(buttonKinds.map((b) => b.codec.prefix)).size, "one codec per prefix").toBe(buttonKinds.length);
  });

  for (const where of ["private", "group"] as const) {
    for (const person of PEOPLE) {
      it(`${person.kind} in a ${where} chat`, async () => {
        const access = await accessOf(person);
        const { silent, changed } = await walk(
          person,
          buttonKinds.map(({ codec }) => ({
            label: codec.sample(),
            allowed: hasAudience(access, codec.audience),
            update: () => pressUpdate(person, where, codec.sample()),
          })),
        );
        expect(silent, "presses left unanswered").toEqual([]);
        expect(changed, "refused presses that changed the database").toEqual([]);
      });
    }
  }

  it("answers forged data: numbers too big, unknown kinds, stale flow buttons", async () => {
    const member = PEOPLE[4]!;
    for (const data of ["mt:r:99999999999999999999:h", "zz:1", "reg:abcde:name:", "pk:leave:12x"]) {
      expect(await answersTo(pressUpdate(member, "private", data)), data).toBeGreaterThan(0);
    }
  });
});
