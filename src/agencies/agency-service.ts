import type { Database } from "../db/client.js";
import type { Agency } from "../generated/prisma/client.js";
import { pageOf, type Page } from "../shared/paging.js";
import { agencySearchTokens, normalizeSearchText } from "./agency-registry.js";

const KIND_RANK: Record<string, number> = { pusat: 0, provinsi: 1, kota: 2, kabupaten: 3 };

export function createAgencyService(db: Database) {
  return {
    findById: (id: number) => db.agency.findUnique({ where: { id } }),

    /** The 38 provinces, by code. */
    async provinces(): Promise<{ code: string; name: string }[]> {
      const rows = await db.agency.findMany({ where: { kind: "provinsi" }, orderBy: { code: "asc" } });
      return rows.map((r) => ({ code: r.provinceCode ?? r.code, name: r.areaName }));
    },

    /**
     * Agencies whose name, area, province or code contain every word of the query.
     * The agency whose area is exactly what was typed comes first ("surabaya" -> Kota Surabaya),
     * then central units, provinces, cities and regencies, each by name.
     */
    async search(query: string, page: number, pageSize: number): Promise<Page<Agency>> {
      const tokens = agencySearchTokens(query);
      if (tokens.length === 0) return { items: [], total: 0, page: 0, pageCount: 1 };
      const matches = await db.agency.findMany({
        where: { AND: tokens.map((token) => ({ searchText: { contains: token } })) },
      });
      const wanted = tokens.join(" ");
      const rank = (a: Agency) => {
        const area = normalizeSearchText(a.areaName);
        const exact = area === wanted || area.replace(/^(kota|kabupaten|kabupaten administrasi|kota administrasi) /, "") === wanted;
        return (exact ? 0 : 10) + (KIND_RANK[a.kind] ?? 9);
      };
      matches.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, "id"));
      return pageOf(matches, page, pageSize);
    },
  };
}

export type AgencyService = ReturnType<typeof createAgencyService>;
