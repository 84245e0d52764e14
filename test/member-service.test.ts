import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAuditService } from "../src/audit/audit-service.js";
import { createAgencyService } from "../src/agencies/agency-service.js";
import { createMemberService, type MemberService, type RegistrationInput } from "../src/members/member-service.js";
import { ManualClock } from "../src/shared/clock.js";
import { createTempDatabase, type TempDatabase } from "./support/temp-database.js";

const ADMIN_ID = 1001n;

describe("member service", () => {
  let temp: TempDatabase;
  let members: MemberService;
  let clock: ManualClock;
  let surabayaId: number;

  const admin = { memberId: null, telegramId: ADMIN_ID };

  function input(telegramId: bigint, overrides: Partial<RegistrationInput> = {}): RegistrationInput {
    return {
      telegramId,
      telegramUsername: "budi",
      fullName: "Budi Santoso, S.Kom.",
      agencyId: surabayaId,
      position: "Kepala Bidang Aplikasi Informatika",
      nip: "198503122010011003",
      phone: "+6281234567890",
      language: "id",
      timezone: "Asia/Jakarta",
      ...overrides,
    };
  }

  beforeEach(async () => {
    temp = await createTempDatabase();
    clock = new ManualClock(new Date("2026-11-28T02:00:00Z"));
    members = createMemberService({ db: temp.db, clock, audit: createAuditService(clock), configuredAdminIds: [ADMIN_ID] });
    const agency = await temp.db.agency.findUniqueOrThrow({ where: { code: "35.78" } });
    surabayaId = agency.id;
  });

  afterEach(async () => {
    await temp.cleanup();
  });

  it("seeds the three pokja and 38 + 514 regional agencies plus central units", async () => {
    expect(await temp.db.pokja.count()).toBe(3);
    expect(await temp.db.agency.count({ where: { kind: "provinsi" } })).toBe(38);
    expect(await temp.db.agency.count({ where: { kind: { in: ["kabupaten", "kota"] } } })).toBe(514);
    expect(await temp.db.agency.count({ where: { kind: "pusat", code: "KOMINFO-LAIP" } })).toBe(1);
  });

  it("finds agencies by part of a name, the exact area first", async () => {
    const agencies = createAgencyService(temp.db);
    const surabaya = await agencies.search("surabaya", 0, 8);
    expect(surabaya.items[0]?.name).toBe("Dinas Komunikasi dan Informatika Kota Surabaya");
    const jatim = await agencies.search("jawa timur", 0, 8);
    expect(jatim.total).toBe(39); // the province and its 38 kabupaten/kota
    expect(jatim.items[0]?.kind).toBe("provinsi");
    expect(jatim.pageCount).toBe(5);
    expect((await agencies.search("diskominfo", 0, 8)).total).toBe(0);
  });

  it("registers a pending member with an audit entry, once", async () => {
    const result = await members.register(input(2001n));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.member.status).toBe("pending");
    expect(result.member.role).toBe("member");
    expect(result.member.registeredAt.toISOString()).toBe("2026-11-28T02:00:00.000Z");
    const again = await members.register(input(2001n, { fullName: "Budi Lain" }));
    expect(again).toMatchObject({ ok: false, reason: "already_registered" });
    const audit = await temp.db.auditLog.findMany({ where: { targetMemberId: result.member.id } });
    expect(audit.map((a) => a.action)).toEqual(["registration.submitted"]);
  });

  it("approves once: a second reviewer learns who decided", async () => {
    const reg = await members.register(input(2001n));
    if (!reg.ok) throw new Error("registration failed");
    const adminMember = await members.register(input(ADMIN_ID, { fullName: "Sekretariat Forum", nip: null }));
    if (!adminMember.ok) throw new Error("admin registration failed");
    expect(adminMember.autoApprovedAdmin).toBe(true);
    expect(adminMember.member.role).toBe("admin");

    clock.advance(60_000);
    const actor = { memberId: adminMember.member.id, telegramId: ADMIN_ID };
    const first = await members.approve(reg.member.id, actor);
    expect(first.ok).toBe(true);
    if (first.ok) expect(first.member.reviewedAt?.toISOString()).toBe("2026-11-28T02:01:00.000Z");
    const second = await members.approve(reg.member.id, actor);
    expect(second).toMatchObject({ ok: false, reason: "already_reviewed", reviewerName: "Sekretariat Forum" });
    const rejectLate = await members.reject(reg.member.id, actor, "Data tidak lengkap");
    expect(rejectLate).toMatchObject({ ok: false, reason: "already_reviewed" });
    expect(await members.approve(999_999, actor)).toEqual({ ok: false, reason: "not_found" });
  });

  it("lets a rejected applicant register again, and keeps the reason until then", async () => {
    const reg = await members.register(input(2002n));
    if (!reg.ok) throw new Error("registration failed");
    const rejected = await members.reject(reg.member.id, admin, "Instansi tidak sesuai");
    expect(rejected.ok && rejected.member.rejectionReason).toBe("Instansi tidak sesuai");
    const again = await members.register(input(2002n, { position: "Pranata Komputer Ahli Muda" }));
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(again.resubmitted).toBe(true);
    expect(again.member.id).toBe(reg.member.id);
    expect(again.member.status).toBe("pending");
    expect(again.member.rejectionReason).toBeNull();
    const actions = (await temp.db.auditLog.findMany({ where: { targetMemberId: reg.member.id }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["registration.submitted", "registration.rejected", "registration.resubmitted"]);
  });

  it("changes roles, suspends and reinstates with guards and audit", async () => {
    const reg = await members.register(input(2003n));
    if (!reg.ok) throw new Error("registration failed");
    expect(await members.setRole(reg.member.id, "coordinator", admin)).toMatchObject({ ok: false, reason: "not_approved" });
    await members.approve(reg.member.id, admin);
    const promoted = await members.setRole(reg.member.id, "coordinator", admin);
    expect(promoted.ok && promoted.member.role).toBe("coordinator");
    expect(await members.setRole(reg.member.id, "coordinator", admin)).toMatchObject({ ok: false, reason: "unchanged" });
    expect(await members.setRole(reg.member.id, "admin", { memberId: reg.member.id, telegramId: 2003n })).toMatchObject({
      ok: false,
      reason: "self",
    });
    const suspended = await members.suspend(reg.member.id, admin, "Pindah tugas ke instansi lain");
    expect(suspended.ok && suspended.member.status).toBe("suspended");
    const reinstated = await members.reinstate(reg.member.id, admin);
    expect(reinstated.ok && reinstated.member.status).toBe("approved");
    const audit = await temp.db.auditLog.findMany({ where: { targetMemberId: reg.member.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual([
      "registration.submitted",
      "registration.approved",
      "member.role_changed",
      "member.suspended",
      "member.reinstated",
    ]);
    expect(JSON.parse(audit[2]!.details)).toEqual({ from: "member", to: "coordinator" });
    expect(audit[1]!.actorTelegramId).toBe(ADMIN_ID);
  });

  it("ends coordinator duties on suspension, audited per pokja, and does not give them back on reinstatement", async () => {
    const reg = await members.register(input(2004n));
    if (!reg.ok) throw new Error("registration failed");
    await members.approve(reg.member.id, admin);
    const id = reg.member.id;
    const now = clock.now();
    await temp.db.pokjaCoordinator.createMany({ data: [1, 3].map((pokjaId) => ({ pokjaId, memberId: id, assignedAt: now })) });
    await temp.db.member.update({ where: { id }, data: { role: "coordinator" } });

    const suspended = await members.suspend(id, admin, "Pindah tugas ke instansi lain");
    if (!suspended.ok) throw new Error("suspension failed");
    expect(suspended.member).toMatchObject({ status: "suspended", role: "member" });
    expect(suspended.endedCoordination.map((e) => e.pokjaName)).toEqual(["Kebijakan", "Data dan Informasi"]);
    expect(await temp.db.pokjaCoordinator.count({ where: { memberId: id } })).toBe(0);
    const ended = await temp.db.auditLog.findMany({ where: { targetMemberId: id, action: "pokja.coordinator_removed" }, orderBy: { id: "asc" } });
    expect(ended.map((a) => [a.pokjaId, a.actorTelegramId, a.details])).toEqual([
      [1, ADMIN_ID, '{"reason":"suspended"}'],
      [3, ADMIN_ID, '{"reason":"suspended"}'],
    ]);

    const reinstated = await members.reinstate(id, admin);
    if (!reinstated.ok) throw new Error("reinstatement failed");
    expect(reinstated.member).toMatchObject({ status: "approved", role: "member" });
    // What the suspension ended, for the admin's confirmation; nothing is appointed again.
    expect(reinstated.endedCoordination.map((e) => e.pokjaName)).toEqual(["Kebijakan", "Data dan Informasi"]);
    expect(await temp.db.pokjaCoordinator.count({ where: { memberId: id } })).toBe(0);
    // A later suspension of a plain member ended nothing, so its reinstatement names nothing.
    await members.suspend(id, admin, "Kedua kalinya");
    expect(await members.reinstate(id, admin)).toMatchObject({ ok: true, endedCoordination: [] });
  });

  it("keeps NIP and phone values out of the audit log when a profile changes", async () => {
    const reg = await members.register(input(2004n));
    if (!reg.ok) throw new Error("registration failed");
    const actor = { memberId: reg.member.id, telegramId: 2004n };
    const updated = await members.updateProfile(reg.member.id, { nip: null, phone: "+628111111111", position: "Kepala Dinas" }, actor);
    expect(updated.ok).toBe(true);
    const entry = await temp.db.auditLog.findFirstOrThrow({ where: { action: "member.profile_updated" } });
    expect(entry.details).not.toContain("8111111111");
    expect(entry.details).not.toContain("198503122010011003");
    expect(JSON.parse(entry.details).position).toEqual({ from: "Kepala Bidang Aplikasi Informatika", to: "Kepala Dinas" });
    expect(await members.updateProfile(reg.member.id, { position: "Kepala Dinas" }, actor)).toMatchObject({ ok: false, reason: "unchanged" });
  });

  it("searches members by words and by NIP, and lists admin recipients", async () => {
    await members.register(input(2005n));
    await members.register(input(2006n, { fullName: "Siti Rahayu", nip: "199001152015032001", telegramUsername: null }));
    expect((await members.search("siti", 0, 8)).items.map((m) => m.fullName)).toEqual(["Siti Rahayu"]);
    expect((await members.search("surabaya budi", 0, 8)).total).toBe(1);
    expect((await members.search("19900115", 0, 8)).items[0]?.fullName).toBe("Siti Rahayu");
    expect(await members.adminRecipients()).toEqual([{ telegramId: ADMIN_ID, language: "id", timezone: null }]);
  });
});
