// For the Mini App's board: which of a page of recommendations the caller has supported or follows
// (the bot's card asks one at a time; a board column asks for ten at once).
import type { Database } from "../db/client.js";

export async function supportAndFollowOf(db: Database, memberId: number, ids: readonly number[]) {
  if (ids.length === 0) return { supported: new Set<number>(), following: new Set<number>() };
  const where = { memberId, recommendationId: { in: [...ids] } };
  const supports = await db.recommendationSupport.findMany({ where, select: { recommendationId: true } });
  const follows = await db.recommendationFollower.findMany({ where, select: { recommendationId: true } });
  return { supported: new Set(supports.map((s) => s.recommendationId)), following: new Set(follows.map((f) => f.recommendationId)) };
}
