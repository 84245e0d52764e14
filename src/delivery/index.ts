// Delivery: chats that become reachable again, and pruning finished deliveries. (The dispatcher
// itself is started by the app, not by the update handlers.)
import { defineFeature } from "../bot/feature.js";
import { createReachabilityComposer } from "./reachability.js";

export const deliveryFeature = defineFeature({
  name: "delivery",
  commands: [],
  buttons: [],
  flowPrefixes: [],
  create({ services, settings, logger }) {
    return {
      composer: createReachabilityComposer(services.outbox, services.db),
      jobs: [
        {
          name: "prune-deliveries",
          schedule: "17 3 * * *",
          async run() {
            const pruned = await services.outbox.prune(settings.deliveryRetentionDays);
            if (pruned > 0) logger.info({ pruned }, "finished deliveries past the retention pruned");
          },
        },
      ],
    };
  },
});
