// The erasure itself (src/privacy/privacy-service.ts) on a real database: every copy of the member's
// name, NIP, phone, username and Telegram id kept beside other records is replaced or removed;
// past attendance stays, future invitations go.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AuditService } from "../src/audit/audit-service.js";
import { openDatabase } from "../src/db/client.js";
import { parseDatabaseUrl } from "../src/db/database-url.js";
import { createGroupRemoval } from "../src/pokja/group-removal.js";
import { createPrivacyService, ERASED_NAME } from "../src/privacy/privacy-service.js";
import { erasureGroupNotes } from "../src/privacy/privacy-views.js";
import { createI18n } from "../src/bot/i18n.js";
import { approvedMember, createHarness, type Harness } from "./support/bot-harness.js";

const admin = { memberId: null, telegramId: 1001n };
const DAY = 86_400_000;
const i18n = createI18n("locales");

describe("erasure of one member's personal data", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => {
    await h.dispose();
  });

  const service = (audit: AuditService = h.created.services.audit) =>
    createPrivacyService({
      db: h.db,
      clock: h.clock,
      audit: h.created.services.audit,
      groupRemoval: createGroupRemoval({ db: h.db, audit }),
      isConfiguredAdmin: h.created.services.members.isConfiguredAdmin,
      adminRecipients: h.created.services.members.adminRecipients,
    });
  // The bot's own Api, talking to the Bot API stand-in.
  const api = () => h.created.bot.api;

  it("scrubs the denormalised copies in meetings, tasks, audit details, broadcasts, the outbox and flow state", async () => {
    const siti = await approvedMember(h, 2002, "Siti Rahayu");
    const budi = await approvedMember(h, 2001, "Budi Santoso");
    const { members, pokja } = h.created.services;
    await h.db.member.update({ where: { id: siti.id }, data: { nip: "199001152015032001", phone: "+6281300000000" } });
    // An earlier name, kept in the audit entry of the change.
    await members.updateProfile(siti.id, { fullName: "Siti Rahayu Lestari" }, { memberId: siti.id, telegramId: 2002n });
    await pokja.assignCoordinator(admin, 1, siti.id);
    const now = h.clock.now();
    const meeting = (startsAt: Date) => ({
      pokjaId: 1, title: "Koordinasi", agenda: "Agenda", startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000),
      timezone: "Asia/Jakarta", createdById: siti.id, createdByName: "Siti Rahayu Lestari", createdAt: now,
    });
    const past = await h.db.meeting.create({
      data: {
        ...meeting(new Date(now.getTime() - 7 * DAY)),
        minutesByName: "Siti Rahayu Lestari",
        attendanceListMessages: JSON.stringify([{ chatId: 2002, messageId: 5, language: "id" }, { chatId: 2001, messageId: 6, language: "id" }]),
      },
    });
    const future = await h.db.meeting.create({ data: meeting(new Date(now.getTime() + 7 * DAY)) });
    for (const m of [past, future]) {
      await h.db.meetingInvite.createMany({ data: [{ meetingId: m.id, memberId: siti.id, attended: m === past }, { meetingId: m.id, memberId: budi.id }] });
    }
    await h.db.meetingReminder.create({ data: { meetingId: future.id, memberId: siti.id, offsetMinutes: 60, dueAt: new Date(future.startsAt.getTime() - 3_600_000) } });
    const item = await h.db.meetingActionItem.create({ data: { meetingId: past.id, description: "Kirim kajian", ownerId: siti.id, ownerName: "Siti Rahayu Lestari", dueAt: new Date(now.getTime() + DAY), createdAt: now } });
    await h.db.actionItemReminder.create({ data: { actionItemId: item.id, kind: "due", dueAt: new Date(now.getTime() + DAY) } });
    const task = await h.db.spbeTask.findFirstOrThrow();
    await h.db.spbeTask.update({ where: { id: task.id }, data: { updatedById: siti.id, updatedByName: "Siti Rahayu Lestari" } });
    await h.db.spbeTaskHistory.create({ data: { taskId: task.id, changes: "{}", actorId: siti.id, actorName: "Siti Rahayu Lestari", createdAt: now } });
    await h.db.spbeTaskFollower.create({ data: { taskId: task.id, memberId: siti.id, createdAt: now } });
    const broadcast = await h.db.broadcast.create({
      data: { senderId: siti.id, senderTelegramId: 2002n, audience: "{}", audienceLabel: "Pokja Kebijakan", payload: JSON.stringify({ kind: "text", text: "Halo" }), total: 1, scheduledAt: now, progressChatId: 2002n, createdAt: now },
    });
    const text = (t: string) => JSON.stringify({ kind: "text", text: t });
    await h.db.delivery.createMany({
      data: [
        { chatId: 2002n, payload: text("Undangan rapat"), dedupeKey: "to-siti", state: "queued", notBefore: now, createdAt: now },
        { chatId: 2001n, payload: text("Balasan dari Siti Rahayu Lestari"), dedupeKey: `bcreply:${broadcast.id}:2002:1:x`, state: "sent", notBefore: now, createdAt: now },
        { chatId: 1001n, payload: text("NIP 199001152015032001"), dedupeKey: "to-admin", state: "queued", notBefore: now, createdAt: now },
        { chatId: 2001n, payload: text("Rapat besok"), dedupeKey: "to-budi", state: "queued", notBefore: now, createdAt: now },
        { chatId: 2001n, payload: text("Siti Rahayu Lestari ingin bergabung"), dedupeKey: "join-notice", state: "queued", notBefore: now, createdAt: now },
        { chatId: 2001n, payload: text("Siaran dari Siti Rahayu Lestari"), dedupeKey: "her-broadcast", state: "queued", notBefore: now, createdAt: now, broadcastId: broadcast.id },
      ],
    });
    await h.db.conversationState.createMany({ data: [{ key: "conv:2002:2002", value: "{}" }, { key: "conv:-1009001:2002", value: "{}" }, { key: "conv:2001:2001", value: "{}" }] });
    await h.db.unreachableChat.create({ data: { chatId: 2002n, since: now, reason: "blocked" } });

    expect(await service().eraseOnRequest(2002n, api())).toEqual({ ok: true, memberId: siti.id, groups: [] });

    const meetings = await h.db.meeting.findMany({ where: { id: { in: [past.id, future.id] } }, orderBy: { id: "asc" } });
    expect(meetings.map((m) => [m.createdByName, m.minutesByName])).toEqual([[ERASED_NAME, ERASED_NAME], [ERASED_NAME, null]]);
    expect(JSON.parse(meetings[0]!.attendanceListMessages!)).toEqual([{ chatId: 2001, messageId: 6, language: "id" }]);
    // Past attendance stays; the future invitation and its reminder go; Budi's stay.
    expect(await h.db.meetingInvite.findMany({ where: { memberId: siti.id }, select: { meetingId: true, attended: true } })).toEqual([{ meetingId: past.id, attended: true }]);
    expect(await h.db.meetingInvite.count({ where: { memberId: budi.id } })).toBe(2);
    expect((await h.db.meetingReminder.findFirstOrThrow({ where: { memberId: siti.id } })).state).toBe("dropped");
    expect((await h.db.meetingActionItem.findUniqueOrThrow({ where: { id: item.id } })).ownerName).toBe(ERASED_NAME);
    expect((await h.db.actionItemReminder.findFirstOrThrow({ where: { actionItemId: item.id } })).state).toBe("dropped");
    expect((await h.db.spbeTask.findUniqueOrThrow({ where: { id: task.id } })).updatedByName).toBe(ERASED_NAME);
    expect((await h.db.spbeTaskHistory.findFirstOrThrow({ where: { actorId: siti.id } })).actorName).toBe(ERASED_NAME);
    expect(await h.db.spbeTaskFollower.count({ where: { memberId: siti.id } })).toBe(0);
    expect(await h.db.pokjaCoordinator.count({ where: { memberId: siti.id } })).toBe(0);
    expect(await h.db.broadcast.findUniqueOrThrow({ where: { id: broadcast.id } })).toMatchObject({ senderTelegramId: BigInt(-siti.id), progressChatId: null, senderId: siti.id });

    const deliveries = Object.fromEntries((await h.db.delivery.findMany()).map((d) => [d.dedupeKey, d]));
    expect(deliveries["to-siti"]).toMatchObject({ chatId: BigInt(-siti.id), state: "skipped", payload: "" });
    expect(deliveries["to-admin"]).toMatchObject({ state: "skipped", payload: "" });
    expect(deliveries["to-budi"]).toMatchObject({ state: "queued", payload: text("Rapat besok") });
    expect(deliveries["join-notice"]).toMatchObject({ state: "skipped", payload: "" });
    expect(deliveries["her-broadcast"]).toMatchObject({ state: "queued" });
    // The delivered reply named her, and its key held her Telegram id (reply counts stay per broadcast).
    expect(deliveries[`bcreply:${broadcast.id}:erased${siti.id}:1:x`]).toMatchObject({ payload: "" });

    expect((await h.db.conversationState.findMany({ orderBy: { key: "asc" } })).map((c) => c.key)).toEqual(["conv:2001:2001"]);
    expect(await h.db.unreachableChat.count()).toBe(0);

    const audit = await h.db.auditLog.findMany({ where: { OR: [{ targetMemberId: siti.id }, { actorId: siti.id }] } });
    const auditText = JSON.stringify(audit, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v));
    for (const secret of ["Siti", "199001152015032001", "+6281300000000", "2002"]) expect(auditText).not.toContain(secret);
    const renamed = audit.find((a) => a.action === "member.profile_updated")!;
    expect(JSON.parse(renamed.details)).toEqual({ fullName: { from: "***", to: "***" } });
  });

  it("refuses the last admin when no admin is configured, and is idempotent", async () => {
    const dewi = await approvedMember(h, 2005, "Dewi Lestari");
    await h.db.member.update({ where: { id: dewi.id }, data: { role: "admin" } });
    const { audit } = h.created.services;
    const alone = createPrivacyService({
      db: h.db, clock: h.clock, audit, groupRemoval: createGroupRemoval({ db: h.db, audit }), isConfiguredAdmin: () => false, adminRecipients: async () => [{ telegramId: 2005n }],
    });
    const group = -1004440000001;
    h.standIn.registerChat({ id: group, type: "supergroup", title: "Grup Kebijakan" });
    h.standIn.setChatMemberStatus(group, h.standIn.botUser.id, "administrator");
    await h.created.services.pokja.linkGroup(admin, 1, BigInt(group), "Grup Kebijakan");
    expect(await alone.eraseOnRequest(2005n, api())).toEqual({ ok: false, reason: "last_admin" });
    expect(await alone.check(2005n)).toEqual({ ok: false, reason: "last_admin" });
    // Refused: she stays in the group too.
    expect(h.standIn.calls("banChatMember")).toEqual([]);
    // With the configured admin 1001 there is another admin.
    expect(await service().eraseOnRequest(2005n, api())).toEqual({
      ok: true, memberId: dewi.id, groups: [{ pokjaId: 1, pokjaName: "Kebijakan", title: "Grup Kebijakan", outcome: "removed" }],
    });
    expect(await service().eraseOnRequest(2005n, api())).toEqual({ ok: false, reason: "not_found" });
    expect(await service().eraseOnRequest(BigInt(-dewi.id), api())).toEqual({ ok: false, reason: "not_found" });
    expect(await h.db.auditLog.count({ where: { action: "member.erased" } })).toBe(1);
    expect(h.standIn.calls("banChatMember").map((c) => c.params.user_id)).toEqual([2005]);
  });

  it("erases all the same when the groups' outcome cannot be recorded, and says it is unknown", async () => {
    const siti = await approvedMember(h, 2002, "Siti Rahayu");
    const group = -1004440000002;
    h.standIn.registerChat({ id: group, type: "supergroup", title: "Grup Kebijakan" });
    await h.created.services.pokja.linkGroup(admin, 1, BigInt(group), "Grup Kebijakan");
    // The audit log refuses the group entry (a database fault at that moment), nothing else.
    const real = h.created.services.audit;
    const failing: AuditService = {
      ...real,
      async record(db, entry) {
        if (entry.action === "pokja.group_member_removed") throw new Error("SQLITE_BUSY: database is locked");
        return real.record(db, entry);
      },
    };
    expect(await service(failing).eraseOnRequest(2002n, api())).toEqual({ ok: true, memberId: siti.id, groups: null });
    expect((await h.db.member.findUniqueOrThrow({ where: { id: siti.id } })).status).toBe("erased");
    // She is asked to check the groups herself.
    expect(erasureGroupNotes(null)).toEqual([{ key: "privacy-erase-groups-unknown" }]);
    expect(i18n.t("id", "privacy-erase-groups-unknown")).toContain("mohon keluar dari grup secara mandiri");
  });

  it("erases each expired rejection once when two processes (two database connections) run the job together", async () => {
    const { members } = h.created.services;
    const agency = await h.db.agency.findUniqueOrThrow({ where: { code: "35.78" } });
    const ids: number[] = [];
    for (const telegramId of [3001n, 3002n, 3003n, 3004n]) {
      const registered = await members.register({
        telegramId, telegramUsername: null, fullName: `Pelamar ${telegramId}`, agencyId: agency.id,
        position: "Staf", nip: null, phone: `+62812000${telegramId}`, language: "id", timezone: "Asia/Jakarta",
      });
      if (!registered.ok) throw new Error("fixture");
      await members.reject(registered.member.id, admin, null);
      ids.push(registered.member.id);
    }
    h.clock.advance(91 * DAY);
    const other = await openDatabase(parseDatabaseUrl(h.databaseUrl));
    try {
      const { audit } = h.created.services;
      const deps = {
        clock: h.clock, audit, groupRemoval: createGroupRemoval({ db: h.db, audit }), isConfiguredAdmin: () => false, adminRecipients: async () => [{ telegramId: 1001n }],
      };
      const results = await Promise.all([
        createPrivacyService({ ...deps, db: h.db }).eraseExpiredRejections(90),
        createPrivacyService({ ...deps, db: other }).eraseExpiredRejections(90),
      ]);
      // A run that met the other's lock leaves its rows to the next day's run.
      const retry = await createPrivacyService({ ...deps, db: h.db }).eraseExpiredRejections(90);
      const erased = results.reduce((sum, r) => sum + r.erased, 0) + retry.erased;
      expect(erased).toBe(4);
    } finally {
      await other.$disconnect();
    }
    expect(await h.db.member.count({ where: { id: { in: ids }, status: "erased", phone: null } })).toBe(4);
    const entries = await h.db.auditLog.findMany({ where: { action: "member.erased" }, select: { targetMemberId: true } });
    expect(entries.map((e) => e.targetMemberId!).sort((a, b) => a - b)).toEqual(ids);
  });
});
