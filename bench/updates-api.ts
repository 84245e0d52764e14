// The Bot API of bench/updates.ts: a small HTTP server answering every method the way Telegram
// shapes it, each answer after a delay (0, or 50 ms to stand for the network; set with setDelay).
// It runs in a child process (the other core), as Telegram is not on the bot's thread:
// `startBenchApi()` spawns it and resolves with its root URL; the child prints its port on stdout.
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readBody, send } from "./http-body.js";

export interface BenchApi {
  /** For grammY's `client.apiRoot`. */
  url: string;
  /** Milliseconds added to every answer from now on. */
  setDelay(ms: number): Promise<void>;
  close(): void;
}

/** Starts the server in a child process (same tsx loader). */
export function startBenchApi(): Promise<BenchApi> {
  // From source (tsx): this file with the same loader. Compiled (bench/updates.ts): its own bundle,
  // without the bot's memory flags.
  const here = fileURLToPath(import.meta.url);
  const bundled = here.endsWith(".mjs");
  const args = bundled ? [path.join(path.dirname(here), "bench-updates-api.mjs"), "--serve"] : [...process.execArgv, here, "--serve"];
  const child = spawn(process.execPath, args, {
    stdio: ["ignore", "pipe", "inherit", "ipc"], // ipc: the child exits with its parent
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`bench Bot API exited (${code})`)));
    child.unref();
    (child.channel as { unref?: () => void } | undefined)?.unref?.();
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const port = /port (\d+)/.exec(out)?.[1];
      if (!port) return;
      const url = `http://127.0.0.1:${port}`;
      resolve({
        url,
        async setDelay(ms) {
          await (await fetch(`${url}/__delay/${ms}`, { method: "POST" })).text();
        },
        close: () => child.kill(),
      });
    });
  });
}

type Params = Record<string, unknown>;

function serve() {
  let delayMs = 0;
  let messageIds = 1_000;
  const date = () => Math.floor(Date.now() / 1000);
  const chat = (id: number) => (id > 0 ? { id, type: "private", first_name: "Anggota" } : { id, type: "supergroup", title: "Grup" });

  function answer(method: string, params: Params): unknown {
    const chatId = Number(params.chat_id ?? 0);
    if (method.startsWith("send") || method === "copymessage" || method.startsWith("edit")) {
      const edit = method.startsWith("edit");
      if (edit && params.inline_message_id !== undefined) return true;
      const message: Params = {
        message_id: edit ? Number(params.message_id ?? 0) : ++messageIds,
        from: { id: 999_000, is_bot: true, first_name: "Forum Kominfo Bot" },
        date: date(),
        chat: chat(chatId),
        text: typeof params.text === "string" ? params.text : "",
      };
      if (params.reply_markup && typeof params.reply_markup === "object") message.reply_markup = params.reply_markup;
      if (edit) message.edit_date = date();
      if (method === "senddocument") message.document = { file_id: `doc-${messageIds}`, file_unique_id: `doc-${messageIds}` };
      if (method === "sendphoto") message.photo = [{ file_id: `ph-${messageIds}`, file_unique_id: `ph-${messageIds}`, width: 1, height: 1 }];
      return message;
    }
    switch (method) {
      case "getme":
        return { id: 999_000, is_bot: true, first_name: "Forum Kominfo Bot", username: "forum_kominfo_bench_bot" };
      case "getchatmember":
        return { status: "member", user: { id: Number(params.user_id ?? 0), is_bot: false, first_name: "Anggota" } };
      case "getchat":
        return { ...chat(chatId), accent_color_id: 0, max_reaction_count: 0 };
      case "getupdates":
        return [];
      default:
        return true;
    }
  }

  const server = createServer((req, res) => {
    const delay = /^\/__delay\/(\d+)$/.exec(req.url ?? "");
    if (delay) {
      delayMs = Number(delay[1]);
      send(res, { status: 200, body: { ok: true } });
      return;
    }
    readBody(req)
      .then((body) => {
        const method = (/\/bot[^/]+\/([A-Za-z0-9_]+)/.exec(req.url ?? "")?.[1] ?? "").toLowerCase();
        const params = body.length > 0 && (req.headers["content-type"] ?? "").includes("json") ? (JSON.parse(body.toString("utf8")) as Params) : {};
        const reply = { status: 200, body: { ok: true, result: answer(method, params) } };
        if (delayMs > 0) setTimeout(() => send(res, reply), delayMs);
        else send(res, reply);
      })
      .catch(() => send(res, { status: 400, body: { ok: false, error_code: 400, description: "Bad Request" } }));
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, "127.0.0.1", () => console.log(`port ${(server.address() as AddressInfo).port}`));
  process.on("disconnect", () => process.exit(0));
}

const at = process.argv.indexOf("--serve");
if (at >= 0) serve();
