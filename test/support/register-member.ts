// A member registered straight through the member service (faster than the conversation), for tests
// that need people in the database: defaults for what the test does not care about.
import type { Database } from "../../src/db/client.js";
import type { MemberService, RegistrationInput } from "../../src/members/member-service.js";

export type RegisteredAs = { telegramId: number | bigint; fullName: string } & Partial<Omit<RegistrationInput, "telegramId" | "fullName" | "agencyId">>;

/** Registers `who` at the agency with this code (Kota Surabaya unless said); throws when refused. */
export async function registerMember(db: Database, members: MemberService, who: RegisteredAs, agencyCode = "35.78") {
  const agency = await db.agency.findUniqueOrThrow({ where: { code: agencyCode } });
  const result = await members.register({
    telegramUsername: null,
    position: "Pranata Komputer",
    nip: null,
    phone: null,
    language: "id",
    timezone: "Asia/Jakarta",
    ...who,
    telegramId: BigInt(who.telegramId),
    agencyId: agency.id,
  });
  if (!result.ok) throw new Error(`could not register ${who.fullName}: ${result.reason}`);
  return result.member;
}
