// grammY's Composer.branch, which every filter runs through (on, command, callbackQuery, chatType,
// hears...), is built on `lazy`: for every update, at every handler the update passes on its way
// down, it builds a new Composer and flattens it. With the bot's few hundred handlers that was
// about half of all memory allocated per update (bench/updates.ts, a heap sampling of free text),
// and garbage collection a third of the CPU. This branch decides the same way with middleware
// built once. Same semantics: the chosen side is called with the same `next`; a composer passed in
// is still read when the update arrives (middleware added to it later counts), as in grammY.
import { Composer, type Context, type Middleware } from "grammy";

type Predicate<C extends Context> = (ctx: C) => boolean | Promise<boolean>;
type MaybeArray<T> = T | T[];

const CHEAP = Symbol.for("forum-kominfo-bot.cheap-branch");

function once<C extends Context>(middleware: MaybeArray<Middleware<C>>) {
  return new Composer<C>(...(Array.isArray(middleware) ? middleware : [middleware])).middleware();
}

function cheapBranch<C extends Context>(this: Composer<C>, predicate: Predicate<C>, trueMiddleware: MaybeArray<Middleware<C>>, falseMiddleware: MaybeArray<Middleware<C>>) {
  const onTrue = once(trueMiddleware);
  const onFalse = once(falseMiddleware);
  // No async frame of its own: grammY's filters decide synchronously.
  return this.use((ctx, next) => {
    const decided = predicate(ctx);
    if (typeof decided === "boolean") return (decided ? onTrue : onFalse)(ctx, next);
    return decided.then((yes) => (yes ? onTrue : onFalse)(ctx, next));
  });
}

/** Installs the cheaper branch on grammY's Composer (every composer and bot that adds filters after this). Idempotent. */
export function useCheapBranches(): void {
  const prototype = Composer.prototype as unknown as Record<string | symbol, unknown>;
  if (prototype[CHEAP]) return;
  prototype.branch = cheapBranch;
  prototype[CHEAP] = true;
}

/** Whether useCheapBranches has run (for tests). */
export function cheapBranchesInstalled(): boolean {
  return Boolean((Composer.prototype as unknown as Record<symbol, unknown>)[CHEAP]);
}
