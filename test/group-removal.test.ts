// Removing a member from a pokja's linked Telegram groups, without Telegram: the Bot API calls come
// through the small interface the service takes, here a recording stand-in that answers as
// Telegram does (its statuses and its error descriptions). Real SQLite, real audit log.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAuditService } from "../src/audit/audit-service.js";
import { createGroupRemoval, removalNotes, unfinished, type GroupMemberApi } from "../src/pokja/group-removal.js";
import { ManualClock } from "../src/shared/clock.js";
import { createTempDatabase, type TempDatabase } from "./support/temp-database.js";

const admin = { memberId: null, telegramId: 1001n };
const USER = 2002;

/** Telegram's error as grammY hands it over (GrammyError has these two fields). */
function telegramError(code: number, description: string) {
  return Object.assign(new Error(description), { error_code: code, description });
}

/** A Bot API that records calls; per chat, the member's status or an error for a method. */
function recordingApi(chats: Record<number, { status?: string; fail?: Partial<Record<"getChatMember" | "banChatMember" | "unbanChatMember", Error>> }>) {
  const calls: string[] = [];
  const step = (method: "getChatMember" | "banChatMember" | "unbanChatMember", chatId: number, extra = "") => {
    calls.push(`${method} ${chatId} ${extra}`.trim());
    const failure = chats[chatId]?.fail?.[method];
    if (failure) throw failure;
  };
  const api: GroupMemberApi = {
    async getChatMember(chatId) {
      step("getChatMember", chatId);
      return { status: chats[chatId]?.status ?? "member" };
    },
    async banChatMember(chatId) {
      step("banChatMember", chatId);
      return true;
    },
    async unbanChatMember(chatId, _userId, other) {
      step("unbanChatMember", chatId, other?.only_if_banned ? "only_if_banned" : "");
      return true;
    },
  };
  return { api, calls };
}

describe("group removal service", () => {
  let temp: TempDatabase;
  let removal: ReturnType<typeof createGroupRemoval>;
  let member: { id: number; telegramId: bigint };

  beforeEach(async () => {
    temp = await createTempDatabase();
    const clock = new ManualClock(new Date("2026-11-30T02:00:00Z"));
    removal = createGroupRemoval({ db: temp.db, audit: createAuditService(clock) });
    const agency = await temp.db.agency.findUniqueOrThrow({ where: { code: "35.78" } });
    member = await temp.db.member.create({
      data: {
        telegramId: BigInt(USER), fullName: "Siti Rahayu", agencyId: agency.id, position: "Staf", nip: "199001152015032001",
        phone: "+6281300000000", status: "suspended", consentAt: clock.now(), consentVersion: "test", registeredAt: clock.now(),
      },
    });
    const linkedAt = clock.now();
    // Kebijakan (1) has two groups, Infrastruktur (2) one; Data (3) none.
    await temp.db.pokjaGroup.createMany({
      data: [
        { pokjaId: 1, chatId: -1001n, title: "Grup Kebijakan", linkedAt },
        { pokjaId: 1, chatId: -1002n, title: "Kebijakan <Diskusi>", linkedAt },
        { pokjaId: 2, chatId: -1003n, title: "Grup Infrastruktur", linkedAt },
      ],
    });
  });
  afterEach(async () => {
    await temp.cleanup();
  });

  const audits = async () =>
    (await temp.db.auditLog.findMany({ where: { action: "pokja.group_member_removed" }, orderBy: { id: "asc" } })).map((a) => ({
      pokjaId: a.pokjaId,
      target: a.targetMemberId,
      details: JSON.parse(a.details) as Record<string, unknown>,
      raw: a.details,
    }));

  it("on suspension, bans then unbans (only if banned) in every linked group, audited per group without personal data", async () => {
    const { api, calls } = recordingApi({});
    const results = await removal.onSuspension(api, member, admin);
    expect(results.map((r) => [r.title, r.outcome])).toEqual([
      ["Grup Kebijakan", "removed"],
      ["Kebijakan <Diskusi>", "removed"],
      ["Grup Infrastruktur", "removed"],
    ]);
    expect(calls).toEqual([
      "getChatMember -1001", "banChatMember -1001", "unbanChatMember -1001 only_if_banned",
      "getChatMember -1002", "banChatMember -1002", "unbanChatMember -1002 only_if_banned",
      "getChatMember -1003", "banChatMember -1003", "unbanChatMember -1003 only_if_banned",
    ]);
    const entries = await audits();
    expect(entries.map((e) => [e.pokjaId, e.target, e.details])).toEqual([
      [1, member.id, { chatId: "-1001", title: "Grup Kebijakan", outcome: "removed", reason: "suspended" }],
      [1, member.id, { chatId: "-1002", title: "Kebijakan <Diskusi>", outcome: "removed", reason: "suspended" }],
      [2, member.id, { chatId: "-1003", title: "Grup Infrastruktur", outcome: "removed", reason: "suspended" }],
    ]);
    for (const e of entries) {
      for (const personal of ["Siti", String(USER), "199001152015032001", "+6281300000000"]) expect(e.raw).not.toContain(personal);
    }
  });

  it("reads each group's answer: not a member, the owner, no right to ban, another refusal, an unban that fails", async () => {
    const { api, calls } = recordingApi({
      [-1001]: { status: "left" },
      [-1002]: { status: "creator" },
      [-1003]: { fail: { banChatMember: telegramError(400, "Bad Request: not enough rights to restrict/ban chat member") } },
    });
    const results = await removal.onSuspension(api, member, admin);
    expect(results.map((r) => r.outcome)).toEqual(["not_member", "owner", "no_rights"]);
    // Nobody is banned where they are not, or where they own the group.
    expect(calls.filter((c) => c.startsWith("banChatMember"))).toEqual(["banChatMember -1003"]);
    expect(calls.filter((c) => c.startsWith("unbanChatMember"))).toEqual([]);
    expect(unfinished(results).map((r) => r.outcome)).toEqual(["owner", "no_rights"]);

    const more = recordingApi({
      [-1001]: { fail: { getChatMember: telegramError(403, "Forbidden: bot was kicked from the supergroup chat") } },
      [-1002]: { fail: { banChatMember: telegramError(500, "Internal Server Error") } },
      [-1003]: { fail: { unbanChatMember: telegramError(400, "Bad Request: method is available only for supergroups") } },
    });
    expect((await removal.onSuspension(more.api, member, admin)).map((r) => r.outcome)).toEqual(["no_rights", "failed", "removed"]);
    // Out, but still banned: the audit says so, so a group admin can lift it.
    expect((await audits()).at(-1)!.details).toMatchObject({ outcome: "removed", stillBanned: true });
    const userNotFound = recordingApi({ [-1001]: { fail: { getChatMember: telegramError(400, "Bad Request: user not found") } } });
    expect((await removal.onSuspension(userNotFound.api, member, admin))[0]!.outcome).toBe("not_member");
  });

  it("on leaving, removes from that pokja's groups only when its coordinators chose so", async () => {
    const off = recordingApi({});
    expect(await removal.onLeave(off.api, member, 1, admin)).toEqual([]);
    expect(off.calls).toEqual([]);

    await temp.db.pokja.update({ where: { id: 1 }, data: { removeOnLeave: true } });
    const on = recordingApi({});
    const results = await removal.onLeave(on.api, member, 1, admin);
    expect(results.map((r) => [r.pokjaName, r.title, r.outcome])).toEqual([
      ["Kebijakan", "Grup Kebijakan", "removed"],
      ["Kebijakan", "Kebijakan <Diskusi>", "removed"],
    ]);
    expect(on.calls.some((c) => c.includes("-1003"))).toBe(false);
    expect((await audits()).map((e) => e.details.reason)).toEqual(["left", "left"]);
  });

  it("on erasure, removes from every linked group of a pokja still in use, with the reason 'erased'", async () => {
    await temp.db.pokja.update({ where: { id: 2 }, data: { retiredAt: new Date("2026-11-01T00:00:00Z") } });
    const { api, calls } = recordingApi({ [-1002]: { status: "kicked" } });
    const self = { memberId: member.id, telegramId: member.telegramId };
    const results = await removal.onErasure(api, member, self);
    expect(results.map((r) => [r.title, r.outcome])).toEqual([["Grup Kebijakan", "removed"], ["Kebijakan <Diskusi>", "not_member"]]);
    expect(calls.some((c) => c.includes("-1003"))).toBe(false);
    expect((await audits()).map((e) => [e.target, e.details.reason, e.details.outcome])).toEqual([[member.id, "erased", "removed"], [member.id, "erased", "not_member"]]);
  });

  it("words what happened for the admin or coordinator, group titles escaped", () => {
    const notes = removalNotes(
      [
        { pokjaId: 1, pokjaName: "Kebijakan", title: "Grup <A>", outcome: "removed" },
        { pokjaId: 1, pokjaName: "Kebijakan", title: "Grup B", outcome: "not_member" },
        { pokjaId: 2, pokjaName: "Infrastruktur", title: "Grup C", outcome: "no_rights" },
        { pokjaId: 2, pokjaName: "Infrastruktur", title: "Grup D", outcome: "no_rights" },
      ],
      "Siti",
    );
    expect(notes).toEqual([
      { key: "group-removal-removed", vars: { name: "Siti", groups: "<b>Grup &lt;A&gt;</b>" } },
      { key: "group-removal-no-rights", vars: { name: "Siti", groups: "<b>Grup C</b>, <b>Grup D</b>" } },
    ]);
  });
});
