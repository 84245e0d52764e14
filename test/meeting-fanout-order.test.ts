// Invitations and reminders go out in member order on both providers. Without ORDER BY, PostgreSQL
// returned a member whose row had been updated (here Budi, made coordinator and edited) after the
// others, SQLite in rowid order: the same script gave differently ordered transcripts on the two.
import { beforeEach, describe, expect, it } from "vitest";
import { useKebijakanPokja, type Harness } from "./support/bot-harness.js";

/** The chats of the lines of `out` that start with `prefix` after "[bot -> <chat>] ", in order. */
function recipients(out: string[], prefix: string): number[] {
  return out.flatMap((line) => {
    const m = /^\[bot -> (\d+)\] (.*)$/.exec(line);
    return m && m[2]!.startsWith(prefix) ? [Number(m[1])] : [];
  });
}

describe("meeting fan-out order", () => {
  let h: Harness;
  const cast = useKebijakanPokja(); // Sunday 20 December 2026, 09.00 WIB
  beforeEach(async () => {
    h = cast.h;
    // Budi, the first member, is written again after the others were: on PostgreSQL his row now
    // lies after theirs, which an unordered read shows.
    await h.db.member.update({ where: { id: cast.ids.budi }, data: { language: "id" } });
  });

  it("lists invitees, sends invitations and the reminders due at one time in member order", async () => {
    const { budi, siti, andi } = cast.ids;
    expect(await h.created.services.meetings.inviteeIds(1)).toEqual([budi, siti, andi]);

    const scheduled = await h.run(
      "as 2001 Budi",
      "/rapat_baru",
      "press Pokja Kebijakan",
      "Rapat Koordinasi Pokja Kebijakan",
      "1. Evaluasi SPBE",
      "28/12/2026 09.00",
      "press Benar",
      "press Sekali saja",
      "press 2 jam",
      "Ruang Rapat Lt. 3",
      "press Lanjut",
      "press Jadwalkan",
    );
    expect(recipients(scheduled, "📅 Undangan")).toEqual([2001, 2002, 2003]);

    const dayBefore = await h.run("clock 2026-12-27T02:00:05Z");
    expect(recipients(dayBefore, "⏰ Pengingat rapat, 1 hari sebelumnya")).toEqual([2001, 2002, 2003]);

    // Moved: the replanned reminders keep the order.
    await h.run("/rapat", "press 1", "press Ubah atau batalkan rapat", "press Ubah jadwal", "28/12/2026 13.00", "press Benar");
    const replanned = await h.run("clock 2026-12-27T06:00:05Z");
    expect(recipients(replanned, "⏰ Pengingat rapat, 1 hari sebelumnya")).toEqual([2001, 2002, 2003]);
  });
});
