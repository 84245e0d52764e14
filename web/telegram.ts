// What Telegram hands the page: init data (URL hash `tgWebAppData`, or Telegram.WebApp.initData when
// telegram-web-app.js happens to be loaded), the theme (`tgWebAppThemeParams`), and events back to the
// client (ready, expand) without loading Telegram's script from the internet.

interface TelegramWebApp {
  initData?: string;
  themeParams?: Record<string, string>;
  ready?: () => void;
  expand?: () => void;
}

interface TelegramWindow {
  Telegram?: { WebApp?: TelegramWebApp; WebView?: { receiveEvent?: (type: string, data: unknown) => void } };
  TelegramWebviewProxy?: { postEvent(type: string, data: string): void };
}

const w = window as unknown as TelegramWindow;
const STORAGE_KEY = "fk-tma-init-data";

function hashParams(): URLSearchParams {
  return new URLSearchParams(location.hash.slice(1));
}

/** The signed init data for the API, kept for reloads of this tab (Telegram's own clients keep the hash). */
export function readInitData(): string {
  const fromTelegram = w.Telegram?.WebApp?.initData;
  const fromHash = hashParams().get("tgWebAppData");
  const found = fromTelegram || fromHash || "";
  try {
    if (found) sessionStorage.setItem(STORAGE_KEY, found);
    else return sessionStorage.getItem(STORAGE_KEY) ?? "";
  } catch {
    // Storage may be off in a webview; the hash is enough.
  }
  return found;
}

const THEME_KEYS = [
  "bg_color",
  "text_color",
  "hint_color",
  "link_color",
  "button_color",
  "button_text_color",
  "secondary_bg_color",
  "header_bg_color",
  "accent_text_color",
  "section_bg_color",
  "section_header_text_color",
  "subtitle_text_color",
  "destructive_text_color",
];

/** Telegram's theme colours as CSS variables (--tg-theme-bg-color, ...) on the root element. */
export function applyTheme(given?: Record<string, string>): void {
  let params: Record<string, string> | undefined = given ?? w.Telegram?.WebApp?.themeParams;
  if (!params || Object.keys(params).length === 0) {
    try {
      params = JSON.parse(hashParams().get("tgWebAppThemeParams") ?? "{}") as Record<string, string>;
    } catch {
      params = {};
    }
  }
  const style = document.documentElement.style;
  for (const key of THEME_KEYS) {
    const value = params[key];
    if (typeof value === "string" && /^#[0-9a-f]{3,8}$/i.test(value)) style.setProperty(`--tg-theme-${key.replace(/_/g, "-")}`, value);
  }
  if (params.bg_color) document.documentElement.classList.add("tg-themed");
}

/** Sends an event to the Telegram client (mobile webview, desktop, or the web client's parent frame). */
export function postEvent(type: string, data: Record<string, unknown> = {}): void {
  try {
    if (w.Telegram?.WebApp && type === "web_app_ready") return w.Telegram.WebApp.ready?.();
    if (w.TelegramWebviewProxy) return w.TelegramWebviewProxy.postEvent(type, JSON.stringify(data));
    if (window.parent !== window) window.parent.postMessage(JSON.stringify({ eventType: type, eventData: data }), "https://web.telegram.org");
  } catch {
    // Opened in a normal browser: nobody to tell.
  }
}

function onTelegramEvent(type: string, data: unknown): void {
  if (type !== "theme_changed" || typeof data !== "object" || data === null) return;
  const theme = (data as { theme_params?: unknown }).theme_params;
  if (typeof theme === "object" && theme !== null) applyTheme(theme as Record<string, string>);
}

/**
 * Follows the user's theme switches: the apps call Telegram.WebView.receiveEvent (defined here
 * unless telegram-web-app.js already did), the web client posts a message to the frame.
 */
export function listenForThemeChanges(): void {
  if (!w.Telegram?.WebApp) {
    w.Telegram = w.Telegram ?? {};
    w.Telegram.WebView = w.Telegram.WebView ?? {};
    w.Telegram.WebView.receiveEvent = onTelegramEvent;
  }
  window.addEventListener("message", (event) => {
    if (event.origin !== "https://web.telegram.org" || typeof event.data !== "string") return;
    try {
      const message = JSON.parse(event.data) as { eventType?: string; eventData?: unknown };
      if (message.eventType) onTelegramEvent(message.eventType, message.eventData);
    } catch {
      // Not Telegram's.
    }
  });
}
