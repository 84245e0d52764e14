// /usul, /usulan, /usulan_saya, /tinjau, /rekap_usulan and the buttons of recommendation cards,
// one screen per file. Every button is checked on the server: the gate checks who may press its
// kind; the screens ask permissions who may see this recommendation (its pokja's members, its
// submitter, coordinators, admins) or review it (its pokja's coordinators and admins), and
// whether the card it came from is still current (its version).
import { Composer } from "grammy";
import type { BotContext } from "../bot/context.js";
import { createCardScreen } from "./recommendation-card.js";
import { createListScreens } from "./recommendation-lists.js";
import { createRecapScreen } from "./recommendation-recap.js";
import { createReviewScreen } from "./recommendation-review.js";
import type { RecommendationScreenDeps } from "./recommendation-screen.js";

/** Kept here for its readers (the locale test); the vocabulary lives in recommendation-types. */
export { REPORT_PERIODS } from "./recommendation-types.js";
export type RecommendationComposerDeps = RecommendationScreenDeps;

export function createRecommendationComposer(deps: RecommendationComposerDeps): Composer<BotContext> {
  const card = createCardScreen(deps);
  const composer = new Composer<BotContext>();
  composer.use(createListScreens(deps), card.composer, createReviewScreen(deps, card.showCard), createRecapScreen(deps));
  return composer;
}
