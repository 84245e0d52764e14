// Bot processes for test/multi-instance.test.ts: the compiled bot (as `npm start` runs it) in webhook
// mode, and the waits around them. Every wait is on a condition with a generous timeout.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

export interface Instance {
  name: string;
  port: number;
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

/** A port free right now (the process binds it a moment later; nothing else here takes ports). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Starts `entry` on plain node with only the given settings of ours (none inherited from the shell). */
export function startInstance(name: string, entry: string, port: number, env: Record<string, string>, cwd: string): Instance {
  const clean = { ...process.env };
  for (const key of Object.keys(clean)) {
    if (/^(BOT_|DATABASE_URL|ADMIN_TELEGRAM_IDS|TELEGRAM_API_ROOT|DEFAULT_TIMEZONE|LOG_LEVEL|RATE_LIMIT_|DELIVERY_|WEBHOOK_|PORT$|HTTP_HOST)/.test(key)) delete clean[key];
  }
  const child = spawn(process.execPath, ["--max-semi-space-size=2", "--max-old-space-size=128", entry], {
    cwd,
    env: { ...clean, ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, at: performance.now() })),
  );
  return { name, port, child, output: () => output, exited };
}

export function isRunning(instance: Instance): boolean {
  return instance.child.exitCode === null && instance.child.signalCode === null;
}

export { waitFor, within } from "./wait.js";

/** Whether the instance answers GET /healthz with 200 (webhook set, database reachable, dispatcher alive). */
export async function healthy(instance: Instance): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${instance.port}/healthz`, { signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}
