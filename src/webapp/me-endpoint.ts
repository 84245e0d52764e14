// GET /api/me: who the page is for. Built field by field: never NIP, phone or anything the page
// does not show.
import type { Permissions } from "../access/permissions.js";
import { zoneInfo } from "../shared/time-zones.js";
import type { ApiEndpoint } from "./api-types.js";

export function meEndpoint(permissions: Permissions): ApiEndpoint {
  return {
    method: "GET",
    path: "/api/me",
    audience: "approved",
    async handle({ access, user }) {
      const member = access.member;
      // An admin from ADMIN_TELEGRAM_IDS has a record unless the secretariat agency is missing.
      const name = member?.fullName ?? [user.firstName, user.lastName].filter(Boolean).join(" ");
      const language = member?.language ?? (user.languageCode?.startsWith("en") ? "en" : "id");
      return {
        body: {
          name,
          role: access.role,
          isAdmin: permissions.isAdmin(access),
          isStaff: permissions.isStaff(access),
          agency: member ? { name: member.agency.name, kind: member.agency.kind, provinceName: member.agency.provinceName } : null,
          language,
          timezone: access.timezone,
          zone: zoneInfo(access.timezone)?.abbreviation ?? null,
        },
      };
    },
  };
}
