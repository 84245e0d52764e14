// Text typed by users, cleaned once where it enters (see src/bot/clean-input.ts) and wherever text
// arrives by another door (files, imports). PLACEHOLDER: filled in by the text-hardening work.

/** The text with control, bidi and zero-width characters removed. */
export function cleanUserText(text: string): string {
  return text;
}
