// The Mini App's shell: reads Telegram's init data and theme, asks GET /api/me who this is (and in
// which language), then shows the tabs. Each screen is its own chunk, loaded when first opened.
import { render, type ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";
import { api } from "./api.js";
import { t, setLanguage } from "./i18n.js";
import { applyTheme, listenForThemeChanges, postEvent } from "./telegram.js";
import type { Me } from "./types.js";
import { asApiError, Notice } from "./ui.js";
import "./style.css";

export interface ScreenProps {
  me: Me;
}

interface Tab {
  id: string;
  labelKey: string;
  load: () => Promise<{ default: ComponentType<ScreenProps> }>;
  visible: (me: Me) => boolean;
}

const TABS: Tab[] = [
  { id: "tasks", labelKey: "webapp-tab-tasks", load: () => import("./screens/tasks.js"), visible: () => true },
  { id: "meetings", labelKey: "webapp-tab-meetings", load: () => import("./screens/meetings.js"), visible: () => true },
  { id: "recommendations", labelKey: "webapp-tab-recommendations", load: () => import("./screens/recommendations.js"), visible: () => true },
  // Shown to admins only; the API refuses everyone else (403) whatever the page shows.
  { id: "admin", labelKey: "webapp-tab-admin", load: () => import("./screens/admin.js"), visible: (me) => me.isAdmin },
];

function LazyScreen({ tab, me }: { tab: Tab; me: Me }) {
  const [Screen, setScreen] = useState<ComponentType<ScreenProps> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    setScreen(null);
    tab.load().then(
      (module) => live && setScreen(() => module.default),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [tab]);
  if (failed) return <Notice messageKey="webapp-error-network" />;
  return Screen ? <Screen me={me} /> : <p class="loading">{t("webapp-loading")}</p>;
}

function App({ me }: { me: Me }) {
  const tabs = TABS.filter((tab) => tab.visible(me));
  const [active, setActive] = useState(tabs[0]!.id);
  const tab = tabs.find((x) => x.id === active) ?? tabs[0]!;
  return (
    <>
      <header class="top">
        <h1>{t("webapp-app-title")}</h1>
        <p class="hint">{me.agency ? t("webapp-app-greeting-agency", { name: me.name, agency: me.agency.name }) : t("webapp-app-greeting", { name: me.name })}</p>
      </header>
      <nav class="tabs" role="tablist">
        {tabs.map((x) => (
          <button key={x.id} type="button" role="tab" aria-selected={x.id === tab.id} data-tab={x.id} onClick={() => setActive(x.id)}>
            {t(x.labelKey)}
          </button>
        ))}
      </nav>
      <main>
        <div role="tabpanel">
          <LazyScreen tab={tab} me={me} />
        </div>
      </main>
    </>
  );
}

async function start() {
  applyTheme();
  listenForThemeChanges();
  postEvent("web_app_ready");
  postEvent("web_app_expand");
  const root = document.getElementById("app")!;
  // The static "Memuat…" line of index.html goes; Preact renders into an empty element.
  root.textContent = "";
  try {
    const me = await api<Me>("/api/me");
    await setLanguage(me.language === "en" ? "en" : "id");
    render(<App me={me} />, root);
  } catch (error) {
    // Who is not a member (or not yet approved) hears it in Indonesian, the bot's first language.
    render(
      <>
        <header class="top">
          <h1>{t("webapp-app-title")}</h1>
        </header>
        <Notice messageKey={asApiError(error).messageKey} />
      </>,
      root,
    );
  }
}

void start();
