import { afterEach, describe, expect, it } from "vitest";

import { normalizeSearchText } from "../src/agencies/agency-registry.js";
import { seedReferenceData } from "../src/db/seed.js";
import { approvedMember, createHarness, type Harness } from "./support/bot-harness.js";

/** The central units as a database seeded before Komdigi has them (the registry's names until issue 12). */
const KOMINFO_ERA_NAMES: Record<string, string> = {
  "KOMINFO-APTIKA": "Direktorat Jenderal Aplikasi Informatika (Kementerian Kominfo)",
  "KOMINFO-SETDITJEN-APTIKA": "Sekretariat Direktorat Jenderal Aplikasi Informatika (Kementerian Kominfo)",
  "KOMINFO-LAIP": "Direktorat Layanan Aplikasi Informatika Pemerintahan (Ditjen Aptika, Kementerian Kominfo)",
  "KOMINFO-TKAI": "Direktorat Tata Kelola Aplikasi Informatika (Ditjen Aptika, Kementerian Kominfo)",
  "KOMINFO-PUSDATIN": "Pusat Data dan Sarana Informatika (Kementerian Kominfo)",
  "KOMINFO-BAKTI": "Badan Aksesibilitas Telekomunikasi dan Informasi (BAKTI, Kementerian Kominfo)",
};

const LAIP_NOW =
  "Ditjen Teknologi Pemerintah Digital, eks Direktorat Layanan Aplikasi Informatika Pemerintahan (Kementerian Komdigi)";

/** Puts the database back to the Kominfo-era names, as the old seed and registration left them. */
async function revertToKominfoNames(h: Harness) {
  for (const [code, name] of Object.entries(KOMINFO_ERA_NAMES)) {
    const agency = await h.db.agency.update({
      where: { code },
      data: { name, searchText: normalizeSearchText(`${name} Pusat ${code}`) },
    });
    for (const member of await h.db.member.findMany({ where: { agencyId: agency.id } })) {
      const words = [member.fullName, member.position, name, member.telegramUsername ?? ""];
      await h.db.member.update({ where: { id: member.id }, data: { searchText: normalizeSearchText(words.join(" ")) } });
    }
  }
}

describe("central units renamed for Komdigi", () => {
  let h: Harness;
  afterEach(async () => {
    await h.dispose();
  });

  it("updates a database seeded with the Kominfo names; members keep their unit and show its new name", async () => {
    h = await createHarness();
    const budi = await approvedMember(h, 2001, "Budi Santoso", "KOMINFO-LAIP");
    const siti = await approvedMember(h, 2002, "Siti Rahma", "35.78");
    await revertToKominfoNames(h);
    expect(await h.say("as 2001", "/profil")).toContain(KOMINFO_ERA_NAMES["KOMINFO-LAIP"]);

    const summary = await seedReferenceData(h.db);
    expect(summary).toMatchObject({ agenciesCreated: 0, agenciesUpdated: 6, membersUpdated: 1 });

    const laip = await h.db.agency.findUniqueOrThrow({ where: { code: "KOMINFO-LAIP" } });
    expect(laip.name).toBe(LAIP_NOW);
    expect(laip.searchText).toContain("komdigi");
    const after = await h.db.member.findUniqueOrThrow({ where: { id: budi.id }, include: { agency: true } });
    expect(after.agencyId).toBe(budi.agencyId);
    expect(after.agency.name).toBe(LAIP_NOW);
    expect(after.searchText).toContain(normalizeSearchText(LAIP_NOW));
    expect(after.searchText).not.toContain("kementerian kominfo");
    // A member of a regional dinas is left as they were.
    expect((await h.db.member.findUniqueOrThrow({ where: { id: siti.id } })).searchText).toBe(siti.searchText);

    const profile = await h.say("as 2001", "/profil");
    expect(profile).toContain(LAIP_NOW);
    expect(profile).not.toContain("Kementerian Kominfo");
    // The secretariat finds him by the ministry's new name.
    const found = await h.created.services.members.search("komdigi", 0, 10);
    expect(found.items.map((m) => m.id)).toEqual([budi.id]);

    // Idempotent: a second run changes nothing.
    expect(await seedReferenceData(h.db)).toEqual({
      pokjaCreated: 0,
      agenciesCreated: 0,
      agenciesUpdated: 0,
      membersUpdated: 0,
    });
    expect((await h.db.agency.findUniqueOrThrow({ where: { code: "FORUM-SEKRETARIAT" } })).name).toBe(
      "Sekretariat Forum Kominfo",
    );
  });

  it("lets a new member find the ministry's units by old and new names while registering", async () => {
    h = await createHarness();
    await h.run("as 2003 Rina", "/daftar", "press Saya setuju", "Rina Wulandari");
    for (const word of ["komdigi", "kemkominfo", "aptika"]) {
      expect(await h.say(word)).toContain("Direktorat Jenderal Teknologi Pemerintah Digital (Kementerian Komdigi)");
    }
    expect(await h.say("kominfo")).toContain("Ditemukan 7 instansi");
    const chosen = await h.say("diskominfo jabar");
    expect(chosen).toContain("Ditemukan 28 instansi");
    expect(await h.say("press Dinas Komunikasi dan Informatika Provinsi Jawa Barat")).toContain(
      "Instansi: Dinas Komunikasi dan Informatika Provinsi Jawa Barat",
    );
  });
});
