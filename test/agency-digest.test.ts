// The daily digest for tasks that apply to agencies: the approved members of agencies whose entries
// are overdue are reminded once a day (not those that finished, not pending members), and the task
// pokja's coordinators get the roll-up. Through the outbox, as production sends it.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { approvedMember, createHarness, type Harness } from "./support/bot-harness.js";

const admin = { memberId: null, telegramId: 1001n };

describe("digest of tasks that apply to agencies", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => {
    await h.dispose();
  });

  it("reminds overdue agencies' members and gives coordinators the roll-up, once a day", async () => {
    const budi = await approvedMember(h, 2001, "Budi Santoso"); // Kota Surabaya
    await approvedMember(h, 2002, "Siti Rahayu", "73.71"); // Kota Makassar: finishes
    await approvedMember(h, 2003, "Andi Wijaya"); // Surabaya too
    await approvedMember(h, 2004, "Rina Lestari", "31.71"); // Jakarta Pusat: not in the list
    const { agencyProgress, taskDigest, pokja } = h.created.services;
    const task = await h.db.spbeTask.findFirstOrThrow({ where: { pokjaId: { not: null } }, orderBy: { number: "asc" } });
    await pokja.assignCoordinator(admin, task.pokjaId!, budi.id);
    // Harness clock: 30 November 2026 09.00 WIB; the target was 29 November; another task is not due yet.
    await h.db.spbeTask.update({ where: { id: task.id }, data: { targetDate: new Date("2026-11-29T00:00:00Z") } });
    await agencyProgress.setScope(task.id, { memberId: null, name: "Uji" }, { scope: "list", agencyCodes: ["35.78", "73.71", "35"] });
    const later = await h.db.spbeTask.findFirstOrThrow({ where: { id: { not: task.id } }, orderBy: { number: "asc" } });
    await h.db.spbeTask.update({ where: { id: later.id }, data: { targetDate: new Date("2027-06-30T00:00:00Z") } });
    await agencyProgress.setScope(later.id, { memberId: null, name: "Uji" }, { scope: "all", agencyCodes: [] });
    const makassar = await h.db.agency.findUniqueOrThrow({ where: { code: "73.71" } });
    await agencyProgress.updateEntry(task.id, makassar.id, { memberId: null }, { status: "selesai" });

    // Budi and Andi (Surabaya) are reminded, Budi also gets the roll-up; Siti finished, Rina's agency is not listed.
    expect(await taskDigest.run()).toBe(3);
    expect(await taskDigest.run()).toBe(3); // enqueued again under the same keys: nothing new goes out
    await h.created.dispatcher.drain();
    const reminders = (id: number) => h.standIn.messagesIn(id).filter((m) => m.text.includes("Tugas SPBE instansi yang melewati target"));
    expect(reminders(2001)).toHaveLength(1);
    expect(reminders(2003)).toHaveLength(1);
    expect(reminders(2002)).toHaveLength(0);
    expect(reminders(2004)).toHaveLength(0);
    const reminder = reminders(2003)[0]!;
    expect(reminder.text).toContain("Dinas Komunikasi dan Informatika Kota Surabaya: 1 tugas belum selesai");
    expect(reminder.text).toContain(`• Tugas ${task.number} — ${task.title} (target 29 November 2026; Belum melapor)`);
    expect(reminder.text).not.toContain(`Tugas ${later.number} —`);
    const rollups = h.standIn.messagesIn(2001).filter((m) => m.text.includes("Tugas per instansi yang melewati target"));
    expect(rollups).toHaveLength(1);
    expect(rollups[0]!.text).toContain(`• Tugas ${task.number} — ${task.title} (target 29 November 2026): 1 dari 3 instansi selesai (33%); 2 instansi terlambat`);
    // The reminder's button opens the agency's overdue tasks.
    const list = await h.say("as 2003 Andi", "press Tugas terlambat instansi saya");
    expect(list).toContain("Tampilan: Terlambat (1)");

    // The next day, once every agency has finished, nobody is reminded and there is no roll-up.
    for (const code of ["35.78", "35"]) {
      const agency = await h.db.agency.findUniqueOrThrow({ where: { code } });
      await agencyProgress.updateEntry(task.id, agency.id, { memberId: null }, { status: "selesai" });
    }
    h.clock.advance(86_400_000);
    expect(await taskDigest.run()).toBe(0);
  });
});
