// Real Chromium for the Mini App's browser test: Debian's `chromium` package driven by playwright-core
// (which downloads no browser of its own). When it is not installed the test skips, saying so once.
import { existsSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium", "/usr/bin/google-chrome"];

/** The Chromium to drive: CHROMIUM_PATH when set, else the first installed of the usual places, else null. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH?.trim();
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    for (const name of ["chromium", "chromium-browser"]) {
      const file = path.join(dir, name);
      if (dir && existsSync(file)) return file;
    }
  }
  return CANDIDATES.find((file) => existsSync(file)) ?? null;
}

export async function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    // As root in CI: Chromium's sandbox needs user namespaces it may not have; /dev/shm may be small.
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--no-first-run", "--lang=id-ID"],
  });
}

/** A theme as Telegram's dark theme passes it. */
export const TELEGRAM_DARK_THEME = {
  bg_color: "#17212b",
  text_color: "#f5f5f5",
  hint_color: "#708499",
  link_color: "#6ab3f3",
  button_color: "#5288c1",
  button_text_color: "#ffffff",
  secondary_bg_color: "#232e3c",
  section_bg_color: "#17212b",
  accent_text_color: "#6ab2f2",
  destructive_text_color: "#ec3942",
};

/** The URL Telegram opens: the page with init data (and theme, version, platform) in the hash. */
export function miniAppUrl(base: string, initData: string, theme: Record<string, string> = TELEGRAM_DARK_THEME): string {
  const hash = new URLSearchParams({
    tgWebAppData: initData,
    tgWebAppVersion: "8.0",
    tgWebAppPlatform: "web",
    tgWebAppThemeParams: JSON.stringify(theme),
  });
  return `${base}/app/#${hash.toString()}`;
}
