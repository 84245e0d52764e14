// The dashboard (issue 15): /dasbor opens the Mini App (src/webapp/, served at /app/) when WEB_APP_URL
// is set; the main menu carries the same button (src/members/main-menu.ts).
import { defineFeature } from "../bot/feature.js";
import { DASHBOARD_COMMAND } from "./dashboard-button.js";
import { createDashboardComposer } from "./dashboard-composer.js";

export const dashboardFeature = defineFeature({
  name: "dashboard",
  commands: [{ command: DASHBOARD_COMMAND, aliases: ["dashboard"], audience: "approved", chats: ["private"] }],
  buttons: [],
  flowPrefixes: [],
  create({ webAppUrl }) {
    return { composer: createDashboardComposer({ webAppUrl }) };
  },
});
