// Reminders to the pokja's linked group, when the coordinator chose them for a meeting: asked in
// /rapat_baru (only with a linked group), shown and changeable in the preview, switched on the
// card; one message per group and reminder time, in WIB / WITA / WIT, without link or buttons;
// planned in the database (so a restart keeps them), replanned on a move, stopped on cancelling.
import { beforeEach, describe, expect, it } from "vitest";
import { createMeetingService } from "../src/meetings/meeting-service.js";
import { useKebijakanPokja, type Harness } from "./support/bot-harness.js";

const GROUP = -100123;

describe("reminders to the pokja's group", () => {
  let h: Harness;
  const cast = useKebijakanPokja(); // Sunday 20 December 2026, 09.00 WIB
  beforeEach(() => {
    h = cast.h;
  });

  const link = () => h.run("as 2001 Budi", `in group ${GROUP} Pokja Kebijakan`, "/hubungkan", "press Kebijakan", "in private");
  const plan = () =>
    h.run(
      "as 2001 Budi",
      "/rapat_baru",
      "press Pokja Kebijakan",
      "Rapat Koordinasi Pokja Kebijakan",
      "1. Evaluasi SPBE",
      "28/12/2026 09.00",
      "press Benar",
      "press Sekali saja",
      "press 2 jam",
      "Ruang Rapat Lt. 3, https://meet.google.com/abc-defg-hij",
      "press Lanjut",
    );
  const groupReminders = () => h.standIn.messagesIn(GROUP).filter((m) => m.text.startsWith("⏰"));

  it("keeps the online link out of the group's copy of the invitation (invitees get it privately)", async () => {
    await link();
    await plan();
    await h.run("press Tidak, hanya ke undangan", "press Jadwalkan");
    const invitation = h.standIn.messagesIn(GROUP).find((m) => m.text.includes("Undangan Rapat"))!;
    expect(invitation.text).toContain("09.00 WIB / 10.00 WITA / 11.00 WIT");
    expect(invitation.text).toContain("Ruang Rapat Lt. 3");
    expect(invitation.text).not.toContain("meet.google.com");
    expect(invitation.text).toContain("tautannya dikirim kepada para undangan");
    expect(h.standIn.messagesIn(2002).some((m) => m.text.includes("https://meet.google.com/abc-defg-hij"))).toBe(true);
  });

  it("is not asked when the pokja has no linked group", async () => {
    await plan();
    const preview = h.standIn.lastMessageWithKeyboard(2001)!;
    expect(preview.text).toContain("Jadwalkan rapat ini?");
    expect(preview.text).not.toContain("Pengingat ke grup");
    await h.run("press Jadwalkan");
    expect((await h.db.meeting.findFirstOrThrow()).remindGroups).toBe(false);
    expect(await h.db.meetingGroupReminder.count()).toBe(0);
  });

  it("asks, shows the choice in the preview, lets it be changed, and sends one reminder per time to the group in three zones", async () => {
    await link();
    await plan();
    expect(h.standIn.lastMessageWithKeyboard(2001)!.text).toContain("Kirim pengingat juga ke grup Telegram Pokja Kebijakan?");
    await h.run("press Ya, kirim juga ke grup");
    expect(h.standIn.lastMessageWithKeyboard(2001)!.text).toContain("Pengingat ke grup pokja: ya");
    await h.run("press ✏️ Pengingat ke grup");
    expect(h.standIn.lastMessageWithKeyboard(2001)!.text).toContain("Pengingat ke grup pokja: tidak");
    await h.run("press ✏️ Pengingat ke grup");
    expect(h.standIn.lastMessageWithKeyboard(2001)!.text).toContain("Pengingat ke grup pokja: ya");
    await h.run("press Jadwalkan");
    const meeting = await h.db.meeting.findFirstOrThrow();
    expect(meeting.remindGroups).toBe(true);
    expect(await h.db.meetingGroupReminder.count({ where: { state: "pending" } })).toBe(2);

    await h.run("clock 2026-12-27T02:00:05Z");
    expect(groupReminders()).toHaveLength(1);
    const sent = groupReminders()[0]!;
    expect(sent.text).toContain("⏰ Pengingat rapat, 1 hari sebelumnya:");
    expect(sent.text).toContain("Senin, 28 Desember 2026 pukul 09.00 WIB / 10.00 WITA / 11.00 WIT");
    expect(sent.text).toContain("Tempat: Ruang Rapat Lt. 3");
    expect(sent.text).not.toContain("meet.google.com");
    expect(sent.buttons.flat()).toHaveLength(0);
    // Invitees still get their own reminder, with the link.
    expect(h.standIn.messagesIn(2002).filter((m) => m.text.startsWith("⏰") && m.text.includes("meet.google.com"))).toHaveLength(1);
    await h.run("clock +1m");
    expect(groupReminders()).toHaveLength(1);
    await h.run("clock 2026-12-28T01:00:05Z");
    expect(groupReminders().map((m) => m.text.split("\n")[0])).toEqual(["⏰ Pengingat rapat, 1 hari sebelumnya:", "⏰ Pengingat rapat, 1 jam sebelumnya:"]);
  });

  it("never sends one twice when two processes claim at once, and keeps the plan across a restart", async () => {
    await link();
    await plan();
    await h.run("press Ya, kirim juga ke grup", "press Jadwalkan");
    // A second process with its own service over the same database claims at the same moment.
    h.clock.set(new Date("2026-12-27T02:00:10Z"));
    const other = createMeetingService({ db: h.db, clock: h.clock });
    const [mine, theirs] = await Promise.all([h.created.services.meetings.claimDueGroupReminders(), other.claimDueGroupReminders()]);
    expect(mine.length + theirs.length).toBe(1);
    const claimed = [...mine, ...theirs][0]!;
    // The process that claimed it dies before handing it over; after the claim timeout the
    // running bot takes it again and sends it once; the dead claim can no longer hand it over.
    await h.run("clock +30s");
    expect(groupReminders()).toHaveLength(0);
    await h.run("clock +3m");
    expect(groupReminders()).toHaveLength(1);
    const late = { reminder: claimed, request: { chatId: GROUP, payload: { kind: "text" as const, text: "late" }, dedupeKey: "late" } };
    expect(await other.handOverGroupReminders([late])).toBe(0);
    await h.run("clock +1m");
    expect(groupReminders()).toHaveLength(1);
    expect(await h.db.meetingGroupReminder.count({ where: { state: "handed" } })).toBe(1);
  });

  it("is switched on the card by its managers, replanned when the meeting moves, and stopped when it is cancelled", async () => {
    await link();
    await plan();
    await h.run("press Tidak, hanya ke undangan", "press Jadwalkan");
    expect(await h.db.meetingGroupReminder.count()).toBe(0);
    // An invitee who does not manage the meeting sees no such button.
    await h.run("as 2002 Siti", "/rapat", "press 1");
    expect(h.standIn.lastMessageWithKeyboard(2002)!.buttons.flat().map((b) => b.text)).not.toContain("👥 Kirim pengingat juga ke grup pokja");
    await h.run("as 2001 Budi", "/rapat", "press 1", "press Kirim pengingat juga ke grup pokja");
    expect(h.standIn.answeredCallbacks.at(-1)?.text).toContain("akan dikirim juga ke grup pokja");
    expect((await h.db.meeting.findFirstOrThrow()).remindGroups).toBe(true);
    expect(await h.db.meetingGroupReminder.count({ where: { state: "pending", sequence: 0 } })).toBe(2);
    // Off and on again: the same rows, not twice as many.
    await h.run("/rapat", "press 1", "press Hentikan pengingat ke grup pokja");
    expect(await h.db.meetingGroupReminder.count({ where: { state: "cancelled", reason: "off" } })).toBe(2);
    await h.run("/rapat", "press 1", "press Kirim pengingat juga ke grup pokja");
    expect(await h.db.meetingGroupReminder.count({ where: { state: "pending" } })).toBe(2);
    expect(await h.db.meetingGroupReminder.count()).toBe(2);

    await h.run("/rapat", "press 1", "press Ubah atau batalkan rapat", "press Ubah jadwal", "29/12/2026 13.00", "press Benar");
    const moved = await h.db.meeting.findFirstOrThrow();
    const pending = await h.db.meetingGroupReminder.findMany({ where: { state: "pending" } });
    expect(pending.map((r) => r.sequence)).toEqual([moved.sequence, moved.sequence]);
    expect(pending.map((r) => r.dueAt.toISOString()).sort()).toEqual(["2026-12-28T06:00:00.000Z", "2026-12-29T05:00:00.000Z"]);
    await h.run("clock 2026-12-27T02:00:05Z");
    expect(groupReminders()).toHaveLength(0); // the old time's reminder was replanned
    await h.run("clock 2026-12-28T06:00:05Z");
    expect(groupReminders()).toHaveLength(1);
    expect(groupReminders()[0]!.text).toContain("13.00 WIB / 14.00 WITA / 15.00 WIT");

    await h.run("/rapat", "press 1", "press Ubah atau batalkan rapat", "press Batalkan rapat", "Narasumber berhalangan hadir");
    expect(await h.db.meetingGroupReminder.count({ where: { state: "pending" } })).toBe(0);
    await h.run("clock 2026-12-29T05:00:05Z");
    expect(groupReminders()).toHaveLength(1);
  });
});
