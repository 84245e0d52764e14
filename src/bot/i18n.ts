import path from "node:path";
import { I18n } from "@grammyjs/i18n";
import type { ConversationContext } from "./context.js";

export const DEFAULT_LANGUAGE = "id";

/**
 * Indonesian first; a member's saved choice wins, then Telegram's language for someone we do not
 * know yet (English only if their Telegram is in English), else Indonesian.
 */
export function createI18n(localesDir: string) {
  const i18n = new I18n<ConversationContext>({
    defaultLocale: DEFAULT_LANGUAGE,
    directory: path.resolve(localesDir),
    // Unicode isolation marks would show up in Telegram and in copied text.
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: (ctx) => {
      const saved = ctx.access?.member?.language;
      if (saved) return saved;
      return ctx.from?.language_code?.startsWith("en") ? "en" : DEFAULT_LANGUAGE;
    },
  });
  return i18n;
}

export type Translator = ReturnType<typeof createI18n>;
