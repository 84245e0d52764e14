import type { Database } from "../db/client.js";
import type { Agency } from "../generated/prisma/client.js";
import { pageOf, type Page } from "../shared/paging.js";
import { buildAgencyIndex, searchAgencyIndex } from "./agency-query.js";
import { CENTRAL_UNIT_ORDER } from "./agency-registry.js";

export function createAgencyService(db: Database) {
  return {
    findById: (id: number) => db.agency.findUnique({ where: { id } }),

    /** The 38 provinces, by code. */
    async provinces(): Promise<{ code: string; name: string }[]> {
      const rows = await db.agency.findMany({ where: { kind: "provinsi" }, orderBy: { code: "asc" } });
      return rows.map((r) => ({ code: r.provinceCode ?? r.code, name: r.areaName }));
    },

    /**
     * Agencies as officials name them ("diskominfo jabar", "pemkot bandung", "komdigi", small typos),
     * best match first (agency-query.ts). The registry is read whole each time: a few hundred rows
     * read in milliseconds, and never stale after a seed.
     */
    async search(query: string, page: number, pageSize: number): Promise<Page<Agency>> {
      const all = await db.agency.findMany();
      return pageOf(searchAgencyIndex(buildAgencyIndex(all, CENTRAL_UNIT_ORDER), query), page, pageSize);
    },
  };
}

export type AgencyService = ReturnType<typeof createAgencyService>;
