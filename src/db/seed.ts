import type { Database } from "./client.js";
import { buildAgencyRegistry } from "../agencies/agency-registry.js";

/** The forum's three founding working groups. */
export const FOUNDING_POKJA = [
  {
    slug: "kebijakan",
    name: "Kebijakan",
    description: "Kebijakan internal SPBE, regulasi, dan tata kelola di pemerintah pusat dan daerah.",
  },
  {
    slug: "infrastruktur-aplikasi",
    name: "Infrastruktur dan Aplikasi",
    description: "Jaringan intra pemerintah, pusat data, sistem penghubung layanan, dan aplikasi SPBE.",
  },
  {
    slug: "data-informasi",
    name: "Data dan Informasi",
    description: "Satu Data Indonesia, interoperabilitas data, keamanan informasi, dan layanan informasi publik.",
  },
] as const;

export interface SeedSummary {
  pokjaCreated: number;
  agenciesCreated: number;
  agenciesUpdated: number;
}

/** Idempotent: creates what is missing and corrects what changed; never deletes. */
export async function seedReferenceData(db: Database): Promise<SeedSummary> {
  let pokjaCreated = 0;
  for (const pokja of FOUNDING_POKJA) {
    const existing = await db.pokja.findUnique({ where: { slug: pokja.slug } });
    if (!existing) {
      await db.pokja.create({ data: { ...pokja } });
      pokjaCreated += 1;
    }
  }

  const registry = await buildAgencyRegistry();
  const existing = new Map((await db.agency.findMany()).map((a) => [a.code, a]));
  const missing = registry.filter((a) => !existing.has(a.code));
  const changed = registry.filter((a) => {
    const current = existing.get(a.code);
    return (
      current &&
      (current.name !== a.name ||
        current.kind !== a.kind ||
        current.provinceCode !== a.provinceCode ||
        current.provinceName !== a.provinceName ||
        current.areaName !== a.areaName ||
        current.searchText !== a.searchText)
    );
  });
  if (missing.length > 0 || changed.length > 0) {
    await db.$transaction(async (tx) => {
      if (missing.length > 0) await tx.agency.createMany({ data: missing });
      for (const a of changed) await tx.agency.update({ where: { code: a.code }, data: a });
    });
  }
  return { pokjaCreated, agenciesCreated: missing.length, agenciesUpdated: changed.length };
}
