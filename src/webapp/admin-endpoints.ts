// For admins in the Mini App: members waiting for approval, approve and reject. The same member
// service calls as the chat's buttons and reject flow (one reviewer wins; the audit entry is written
// in the same transaction), then the same notice to the applicant through the outbox.
import { REASON_MAX, REASON_MIN } from "../admin/admin-conversations.js";
import type { Actor } from "../audit/audit-service.js";
import type { MemberNotifications } from "../members/member-notifications.js";
import type { MemberService, ReviewResult } from "../members/member-service.js";
import { cleanUserText } from "../shared/user-text.js";
import { MAX_PAGE_SIZE, pathId, queryInt, queryPage } from "./api-input.js";
import { ApiError, badRequest, conflict, notFound, type ApiCall, type ApiEndpoint, type ApiReply } from "./api-types.js";
import { isoOf, pageFields } from "./json-fields.js";

export interface AdminEndpointDeps {
  members: Pick<MemberService, "listByStatus" | "approve" | "reject">;
  notifications: Pick<MemberNotifications, "registrationReviewed">;
}

export const REGISTRATIONS_PAGE_SIZE = 10;

const actorOf = ({ access, user }: ApiCall): Actor => ({ memberId: access.member?.id ?? null, telegramId: user.id });

export function adminEndpoints({ members, notifications }: AdminEndpointDeps): ApiEndpoint[] {
  async function decided(result: ReviewResult, status: "approved" | "rejected"): Promise<ApiReply> {
    if (!result.ok) {
      if (result.reason === "not_found") return notFound("member");
      return conflict("already_reviewed", { status: result.member.status, reviewerName: result.reviewerName });
    }
    await notifications.registrationReviewed(result.member);
    return { body: { id: result.member.id, status } };
  }

  return [
    {
      method: "GET",
      path: "/api/admin/registrations",
      audience: "admin",
      async handle({ url }) {
        const pageSize = queryInt(url, "pageSize", 1, MAX_PAGE_SIZE) ?? REGISTRATIONS_PAGE_SIZE;
        const page = await members.listByStatus("pending", queryPage(url), pageSize);
        return {
          body: {
            ...pageFields(page, pageSize),
            // As the chat's pending list: no NIP, no phone (the admin opens the member in the bot for those).
            items: page.items.map((m) => ({
              id: m.id,
              fullName: m.fullName,
              position: m.position,
              telegramUsername: m.telegramUsername,
              agency: { name: m.agency.name, kind: m.agency.kind, provinceName: m.agency.provinceName },
              registeredAt: isoOf(m.registeredAt),
            })),
          },
        };
      },
    },
    {
      method: "POST",
      path: "/api/admin/registrations/:memberId/approve",
      audience: "admin",
      async handle(call) {
        const memberId = pathId(call.params, "memberId", "member");
        return decided(await members.approve(memberId, actorOf(call)), "approved");
      },
    },
    {
      method: "POST",
      path: "/api/admin/registrations/:memberId/reject",
      audience: "admin",
      async handle(call) {
        const memberId = pathId(call.params, "memberId", "member");
        const raw = call.body?.reason;
        let reason: string | null = null;
        if (typeof raw === "string" && raw.trim() !== "") {
          reason = cleanUserText(raw).trim();
          // The chat's reject flow: 5 to 500 characters, or none at all.
          if (reason.length < REASON_MIN || reason.length > REASON_MAX) throw new ApiError(badRequest("reason"));
        } else if (raw !== undefined && raw !== null && raw !== "") {
          throw new ApiError(badRequest("reason"));
        }
        return decided(await members.reject(memberId, actorOf(call), reason), "rejected");
      },
    },
  ];
}
