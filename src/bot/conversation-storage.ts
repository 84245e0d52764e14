import type { ConversationData, VersionedState } from "@grammyjs/conversations";
import type { Database } from "../db/client.js";

/**
 * Conversation state lives in the database, so a restart (or another process) continues a
 * half-finished registration where the member left it. The plugin's state is plain JSON.
 */
export function databaseConversationStorage(db: Database) {
  return {
    async read(key: string): Promise<VersionedState<ConversationData> | undefined> {
      const row = await db.conversationState.findUnique({ where: { key } });
      return row ? (JSON.parse(row.value) as VersionedState<ConversationData>) : undefined;
    },
    async write(key: string, state: VersionedState<ConversationData>): Promise<void> {
      const value = JSON.stringify(state);
      await db.conversationState.upsert({ where: { key }, create: { key, value }, update: { value } });
    },
    async delete(key: string): Promise<void> {
      await db.conversationState.deleteMany({ where: { key } });
    },
  };
}
