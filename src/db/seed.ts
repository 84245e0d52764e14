import type { Database } from "./client.js";
import { buildAgencyRegistry, normalizeSearchText } from "../agencies/agency-registry.js";

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
  /** Members whose search text followed their agency's new name. */
  membersUpdated: number;
}

/** Several instances starting together on one new database race to seed it: the losers retry. */
const SEED_ATTEMPTS = 3;
/** Seeding ~560 agencies inside one transaction outlasts Prisma's default 5 s on a busy server. */
const SEED_TRANSACTION_TIMEOUT_MS = 120_000;

/**
 * Idempotent: creates what is missing and corrects what changed; never deletes. When another process
 * seeds at the same moment, its rows make ours collide (unique violation, P2002): we look again and
 * find them there.
 */
export async function seedReferenceData(db: Database): Promise<SeedSummary> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await seedOnce(db);
    } catch (error) {
      if (attempt >= SEED_ATTEMPTS || (error as { code?: unknown } | null)?.code !== "P2002") throw error;
    }
  }
}

async function seedOnce(db: Database): Promise<SeedSummary> {
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
  let membersUpdated = 0;
  if (missing.length > 0 || changed.length > 0) {
    await db.$transaction(async (tx) => {
      if (missing.length > 0) await tx.agency.createMany({ data: missing });
      // Rows are renamed in place (codes are stable), so members keep their agency and show the new name.
      for (const a of changed) {
        const current = existing.get(a.code);
        await tx.agency.update({ where: { code: a.code }, data: a });
        if (current && current.name !== a.name) membersUpdated += await renameInMemberSearch(tx, current.id, current.name, a.name);
      }
    }, { timeout: SEED_TRANSACTION_TIMEOUT_MS });
  }
  return { pokjaCreated, agenciesCreated: missing.length, agenciesUpdated: changed.length, membersUpdated };
}

type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/** Members' search text holds their agency's name (member-service.ts); swap the old name for the new. */
async function renameInMemberSearch(tx: Transaction, agencyId: number, oldName: string, newName: string): Promise<number> {
  const from = normalizeSearchText(oldName);
  const to = normalizeSearchText(newName);
  const members = await tx.member.findMany({ where: { agencyId }, select: { id: true, searchText: true } });
  let updated = 0;
  for (const m of members) {
    if (!m.searchText.includes(from)) continue;
    await tx.member.update({ where: { id: m.id }, data: { searchText: m.searchText.replace(from, to) } });
    updated += 1;
  }
  return updated;
}
