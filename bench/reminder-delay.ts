// npm run bench:reminders -- [--invitees 2000] [--timeout 900] [--json]
// Meeting-reminder hand-over delay in real time: a fresh SQLite database, N approved members,
// meetings created through the real meeting service with the system clock so that their reminders
// fall due over the next minute (the whole forum's in one second, a plenary meeting, plus a few
// small pokja meetings spread over the minute), and the real reminder tick scheduled on node-cron
// as src/app.ts schedules it (every 15 s, noOverlap) against the real outbox. No dispatcher: what
// is measured is the hand-over to the delivery pipeline. Delay = handedAt - dueAt of each row.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import cron, { type ScheduledTask } from "node-cron";
import { LOCALES_DIR, prepareDatabase } from "../src/app.js";
import { createI18n } from "../src/bot/i18n.js";
import { createOutbox } from "../src/delivery/outbox.js";
import { createAuditService } from "../src/audit/audit-service.js";
import { createMeetingAnnouncer } from "../src/meetings/meeting-announcer.js";
import { createMeetingService } from "../src/meetings/meeting-service.js";
import { createPokjaService } from "../src/pokja/pokja-service.js";
import { createReminderTick } from "../src/meetings/reminder-tick.js";
import { CONSENT_VERSION } from "../src/members/member-service.js";
import { systemClock } from "../src/shared/clock.js";
import { createLogger } from "../src/shared/logger.js";

/** The hand-over target of the issue: within 30 s of the due time. */
export const TARGET_SECONDS = 30;

export interface ReminderDelayOptions {
  /** SQLite file to create (a fresh temp file when omitted; it must not exist yet). */
  databaseFile?: string;
  /** Approved members, all in one pokja and all invited to the plenary meeting. Default 2000. */
  invitees?: number;
  /** Small pokja meetings whose reminders fall due at other seconds of the window. Default 8. */
  spreadMeetings?: number;
  /** Members of the smaller pokja the spread meetings invite. Default invitees / 40 (at least 1). */
  spreadInvitees?: number;
  /** Gives up this long after the last due time, with what is still pending. Default 900 s. */
  timeoutSeconds?: number;
}

export interface DelaySummary {
  /** Reminders the figures are over. */
  count: number;
  p50: number | null;
  p90: number | null;
  p99: number | null;
  max: number | null;
}

export interface ReminderDelayResult {
  invitees: number;
  meetings: number;
  /** Reminder rows planned by the meeting service. */
  count: number;
  handed: number;
  dropped: number;
  /** Dropped rows by reason ("started", "declined"...). */
  dropped_reasons: Record<string, number>;
  /** Still pending when the timeout passed. */
  pending: number;
  /** handedAt - dueAt of the handed reminders, seconds (1 decimal). */
  p50: number | null;
  p90: number | null;
  p99: number | null;
  max: number | null;
  /** Share of all planned reminders handed within 30 s of their due time (0..1). */
  within_30s: number;
  /** The burst: every invitee's reminder due in the same second. */
  burst: DelaySummary & { due_at: string };
  /** The spread pokja meetings. */
  spread: DelaySummary;
  /** Delivery.createdAt - dueAt: when the outbox row exists (handedAt is stamped when the claim starts). */
  enqueued: DelaySummary;
  /** Seconds each tick took, in order, from the first due time on. */
  tick_seconds: number[];
  /** Reminders each of those ticks handed. */
  tick_handed: number[];
  ticks_overlapped: number;
  ticks_failed: number;
  /** First due time to last hand-over (or to the timeout). */
  wall_seconds: number;
  /** Seeding the members and creating the meetings. */
  setup_seconds: number;
  timed_out: boolean;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Nearest-rank percentile of ascending values. */
function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? null;
}

function summarize(delaysMs: readonly number[]): DelaySummary {
  const sorted = [...delaysMs].sort((a, b) => a - b);
  const at = (p: number) => {
    const v = percentile(sorted, p);
    return v === null ? null : round1(v / 1000);
  };
  return { count: sorted.length, p50: at(0.5), p90: at(0.9), p99: at(0.99), max: at(1) };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function measureReminderDelays(options: ReminderDelayOptions = {}): Promise<ReminderDelayResult> {
  const invitees = options.invitees ?? 2000;
  const spreadMeetings = options.spreadMeetings ?? 8;
  const spreadInvitees = Math.min(invitees, options.spreadInvitees ?? Math.max(1, Math.round(invitees / 40)));
  const timeoutMs = (options.timeoutSeconds ?? 900) * 1000;
  if (!Number.isInteger(invitees) || invitees < 1) throw new Error(`invitees must be a positive integer, not ${invitees}`);

  const tempDir = options.databaseFile ? null : mkdtempSync(path.join(os.tmpdir(), "fk-bench-reminders-"));
  const databaseFile = options.databaseFile ?? path.join(tempDir ?? "", "reminders.db");
  const setupStarted = performance.now();
  const db = await prepareDatabase(`file:${databaseFile}`, createLogger("silent"));
  let task: ScheduledTask | undefined;
  let inFlight: Promise<void> | undefined;
  try {
    // Members as an approved registration leaves them; agencies and pokja come from the seed.
    const agencies = await db.agency.findMany({ where: { kind: { in: ["provinsi", "kabupaten", "kota"] } }, select: { id: true, name: true } });
    const mainPokja = await db.pokja.findUniqueOrThrow({ where: { slug: "kebijakan" } });
    const smallPokja = await db.pokja.findUniqueOrThrow({ where: { slug: "infrastruktur-aplikasi" } });
    const zones = ["Asia/Jakarta", "Asia/Jakarta", "Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"];
    const seededAt = systemClock.now();
    const rows = Array.from({ length: invitees }, (_, i) => {
      const agency = agencies[i % agencies.length]!;
      const fullName = `Anggota Uji ${i + 1}`;
      return {
        telegramId: BigInt(800_000_000 + i),
        telegramUsername: `anggota${i + 1}`,
        fullName,
        agencyId: agency.id,
        position: "Pranata Komputer",
        status: "approved",
        language: i % 10 === 9 ? "en" : "id",
        timezone: zones[i % zones.length]!,
        consentAt: seededAt,
        consentVersion: CONSENT_VERSION,
        registeredAt: seededAt,
        reviewedAt: seededAt,
        searchText: `${fullName} pranata komputer ${agency.name} anggota${i + 1}`.toLowerCase(),
      };
    });
    for (let i = 0; i < rows.length; i += 500) await db.member.createMany({ data: rows.slice(i, i + 500) });
    const memberIds = (await db.member.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((m) => m.id);
    const membership = (pokjaId: number, ids: number[]) => ids.map((memberId) => ({ pokjaId, memberId, status: "active", requestedAt: seededAt, joinedAt: seededAt }));
    const stride = Math.max(1, Math.floor(invitees / spreadInvitees));
    const small = memberIds.filter((_, i) => i % stride === 0).slice(0, spreadInvitees);
    for (const [pokjaId, ids] of [
      [mainPokja.id, memberIds],
      [smallPokja.id, small],
    ] as const) {
      const data = membership(pokjaId, ids);
      for (let i = 0; i < data.length; i += 500) await db.pokjaMembership.createMany({ data: data.slice(i, i + 500) });
    }

    // Due times, seconds after t0 (a whole second): the spread ones over +10..+58 s, the burst
    // between +25 and +39 s, 1 s after a tick (ticks fire at :00, :15, :30, :45), the worst phase,
    // so that its figures do not depend on when the run started. The offsets are those the meeting
    // flow offers; startsAt = dueAt + offset, so every meeting starts at least 15 minutes later and
    // no reminder is dropped for having started.
    const t0 = Math.ceil((Date.now() + 1000) / 1000) * 1000;
    const burstSecond = 25 + ((((1 - ((t0 / 1000 + 25) % 15)) % 15) + 15) % 15);
    const spreadSeconds = Array.from({ length: spreadMeetings }, (_, i) => 10 + Math.round((i * 48) / Math.max(1, spreadMeetings - 1)));
    const offsets = [15, 60, 1440];
    const plan = [
      { pokjaId: null, dueSecond: burstSecond, offset: 60, title: "Rapat Pleno Forum Kominfo" },
      ...spreadSeconds.map((dueSecond, i) => ({ pokjaId: smallPokja.id, dueSecond, offset: offsets[i % offsets.length]!, title: `Rapat Pokja Infrastruktur ${i + 1}` })),
    ];
    const meetings = createMeetingService({ db, clock: systemClock });
    const burstMeetingIds: number[] = [];
    let count = 0;
    for (const p of plan) {
      const dueAt = t0 + p.dueSecond * 1000;
      const created = await meetings.create({
        pokjaId: p.pokjaId,
        title: p.title,
        agenda: "1. Evaluasi SPBE\n2. Rencana tindak lanjut",
        startsAt: new Date(dueAt + p.offset * 60_000),
        durationMinutes: 120,
        timezone: "Asia/Jakarta",
        place: "Ruang Rapat Lt. 3",
        onlineUrl: "https://meet.google.com/abc-defg-hij",
        reminderOffsets: [p.offset],
        createdById: null,
        createdByName: "Benchmark",
      });
      if (p.pokjaId === null) burstMeetingIds.push(created.meeting.id);
      count += created.reminders;
    }
    const expected = invitees + spreadMeetings * small.length;
    if (count !== expected) throw new Error(`planned ${count} reminders, expected ${expected}: setup took too long (due times passed)`);
    const setupSeconds = round1((performance.now() - setupStarted) / 1000);
    const firstDue = t0 + Math.min(...plan.map((p) => p.dueSecond)) * 1000;
    const lastDue = t0 + Math.max(...plan.map((p) => p.dueSecond)) * 1000;

    // The tick, scheduled as src/app.ts schedules it; a failing run is counted and tried again.
    const outbox = createOutbox({ db, clock: systemClock });
    const i18n = createI18n(LOCALES_DIR);
    const pokja = createPokjaService({ db, clock: systemClock, audit: createAuditService(systemClock) });
    const announcer = createMeetingAnnouncer({ meetings, pokja, outbox, i18n });
    const tick = createReminderTick({ meetings, announcer, outbox, i18n, clock: systemClock });
    const ticks: { startedAt: number; seconds: number; handed: number }[] = [];
    let failed = 0;
    let overlapped = 0;
    task = cron.schedule(
      "*/15 * * * * *",
      async () => {
        const startedAt = Date.now();
        const started = performance.now();
        let done!: () => void;
        inFlight = new Promise<void>((resolve) => (done = resolve));
        try {
          const handed = await tick.run();
          ticks.push({ startedAt, seconds: (performance.now() - started) / 1000, handed });
        } catch {
          failed += 1;
          ticks.push({ startedAt, seconds: (performance.now() - started) / 1000, handed: 0 });
        } finally {
          done();
        }
      },
      { noOverlap: true, name: "reminder-tick" },
    );
    task.on("execution:overlap", () => {
      overlapped += 1;
    });

    // Until every reminder is handed or dropped (and the tick that did it has finished), or the timeout.
    let timedOut = false;
    for (;;) {
      await sleep(500);
      const now = Date.now();
      if (now > lastDue && !task.isBusy() && (await db.meetingReminder.count({ where: { state: "pending" } })) === 0) break;
      if (now > lastDue + timeoutMs) {
        timedOut = true;
        break;
      }
    }
    await task.stop();
    await task.destroy();
    task = undefined;
    await inFlight;
    const finishedAt = Date.now();

    const reminders = await db.meetingReminder.findMany({ select: { id: true, meetingId: true, dueAt: true, state: true, handedAt: true, reason: true } });
    const handed = reminders.filter((r) => r.state === "handed" && r.handedAt);
    const delay = (r: { dueAt: Date; handedAt: Date | null }) => r.handedAt!.getTime() - r.dueAt.getTime();
    const droppedReasons: Record<string, number> = {};
    for (const r of reminders.filter((r) => r.state === "dropped")) droppedReasons[r.reason ?? "?"] = (droppedReasons[r.reason ?? "?"] ?? 0) + 1;
    const dueById = new Map(reminders.map((r) => [r.id, r.dueAt.getTime()]));
    const deliveries = await db.delivery.findMany({ where: { dedupeKey: { startsWith: "meeting-reminder:" } }, select: { dedupeKey: true, createdAt: true } });
    const enqueuedDelays = deliveries.flatMap((d) => {
      const due = dueById.get(Number(d.dedupeKey.slice("meeting-reminder:".length).split("#")[0]));
      return due === undefined ? [] : [d.createdAt.getTime() - due];
    });
    const all = summarize(handed.map(delay));
    const isBurst = (r: { meetingId: number }) => burstMeetingIds.includes(r.meetingId);
    const lastHanded = handed.reduce((latest, r) => Math.max(latest, r.handedAt!.getTime()), firstDue);
    const counted = ticks.filter((t) => t.startedAt >= firstDue - 15_000);
    return {
      invitees,
      meetings: plan.length,
      count,
      handed: handed.length,
      dropped: reminders.filter((r) => r.state === "dropped").length,
      dropped_reasons: droppedReasons,
      pending: reminders.filter((r) => r.state === "pending").length,
      p50: all.p50,
      p90: all.p90,
      p99: all.p99,
      max: all.max,
      within_30s: Math.round((handed.filter((r) => delay(r) <= TARGET_SECONDS * 1000).length / Math.max(1, count)) * 1000) / 1000,
      burst: { ...summarize(handed.filter(isBurst).map(delay)), due_at: new Date(t0 + burstSecond * 1000).toISOString() },
      spread: summarize(handed.filter((r) => !isBurst(r)).map(delay)),
      enqueued: summarize(enqueuedDelays),
      tick_seconds: counted.map((t) => Math.round(t.seconds * 1000) / 1000),
      tick_handed: counted.map((t) => t.handed),
      ticks_overlapped: overlapped,
      ticks_failed: failed,
      wall_seconds: round1(((timedOut ? finishedAt : lastHanded) - firstDue) / 1000),
      setup_seconds: setupSeconds,
      timed_out: timedOut,
    };
  } finally {
    if (task) {
      await task.stop();
      await task.destroy();
    }
    await inFlight;
    await db.$disconnect();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  }
}

/** What the --json outputs carry. */
export function reminderFigures(r: ReminderDelayResult) {
  const { invitees, count, handed, dropped, pending, p50, p90, p99, max, within_30s, tick_seconds } = r;
  return { invitees, count, handed, dropped, pending, p50, p90, p99, max, within_30s, tick_seconds };
}

const fmt = (v: number | null) => (v === null ? "-" : v.toFixed(1));

/** The figures in the delivery benchmark's style (label column of 16). */
export function formatReminderDelays(r: ReminderDelayResult): string[] {
  const ticks = [...r.tick_seconds].sort((a, b) => a - b);
  const busy = r.tick_handed.filter((h) => h > 0).length;
  const reasons = Object.entries(r.dropped_reasons).map(([k, v]) => `${v} ${k}`).join(", ");
  return [
    `reminders       ${r.count} for ${r.invitees} invitees in ${r.meetings} meetings (${r.invitees} of them due in one second; set up in ${r.setup_seconds} s)`,
    `handed          ${r.handed}, dropped ${r.dropped}${reasons ? ` (${reasons})` : ""}, pending ${r.pending}${r.timed_out ? " (timed out)" : ""}, in ${r.wall_seconds} s from the first due time`,
    `delay           p50 ${fmt(r.p50)} s, p90 ${fmt(r.p90)} s, p99 ${fmt(r.p99)} s, max ${fmt(r.max)} s (handedAt - dueAt)`,
    `within ${TARGET_SECONDS} s     ${(r.within_30s * 100).toFixed(1)} % of all reminders (target: all)`,
    `  burst         ${r.burst.count} due ${r.burst.due_at.slice(11, 19)}Z, 1 s after a tick: p50 ${fmt(r.burst.p50)} s, p90 ${fmt(r.burst.p90)} s, max ${fmt(r.burst.max)} s`,
    `  spread        ${r.spread.count} in ${r.meetings - 1} meetings: p50 ${fmt(r.spread.p50)} s, p90 ${fmt(r.spread.p90)} s, max ${fmt(r.spread.max)} s`,
    `  enqueued      p50 ${fmt(r.enqueued.p50)} s, p99 ${fmt(r.enqueued.p99)} s, max ${fmt(r.enqueued.max)} s (outbox row created - dueAt)`,
    `ticks           ${r.tick_seconds.length} every 15 s (${busy} handed something, at most ${Math.max(0, ...r.tick_handed)} each), ${(percentile(ticks, 0.5) ?? 0).toFixed(2)} s median, ${(ticks.at(-1) ?? 0).toFixed(2)} s max; ${r.ticks_overlapped} skipped by noOverlap, ${r.ticks_failed} failed`,
  ];
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const result = await measureReminderDelays({
    invitees: Number(option("invitees") ?? "2000"),
    timeoutSeconds: option("timeout") === undefined ? undefined : Number(option("timeout")),
  });
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify(reminderFigures(result)));
  } else {
    for (const line of formatReminderDelays(result)) console.log(line);
  }
}
