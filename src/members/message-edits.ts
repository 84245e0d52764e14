// Buttons usually update the message they sit on. That message may be gone or too old to edit
// (Telegram refuses edits after 48 hours): then the answer comes as a new message instead.
import { GrammyError, type Context, type InlineKeyboard } from "grammy";

type EditOptions = { parse_mode?: "HTML"; reply_markup?: InlineKeyboard };

/** "not modified" (a double tap) is not a failure: the error handler treats it as harmless. */
const cannotEdit = (error: unknown) => error instanceof GrammyError && !error.description.includes("message is not modified");

export async function editOrSend(ctx: Context, text: string, options: EditOptions = {}): Promise<void> {
  try {
    await ctx.editMessageText(text, options);
  } catch (error) {
    if (!cannotEdit(error)) throw error;
    await ctx.reply(text, options);
  }
}

/** Changes (or removes) the buttons of the pressed message, if it can still be edited. */
export async function editButtons(ctx: Context, keyboard?: InlineKeyboard): Promise<void> {
  try {
    await ctx.editMessageReplyMarkup(keyboard ? { reply_markup: keyboard } : undefined);
  } catch (error) {
    if (!cannotEdit(error)) throw error;
  }
}
