// How long the /tugas chart takes to draw: prints the times of a few renders (the first one loads
// the native module and the font). Figures only, no pass or fail: run with `npx tsx bench/task-chart.ts`.
import { createOffThread } from "../src/shared/off-thread.js";
import { renderTaskChart, type ChartPokjaRow } from "../src/spbe-tasks/task-chart.js";

const LABELS = {
  title: "Perkembangan Tugas SPBE",
  subtitle: "per 30 November 2026",
  statusNames: { belum_dimulai: "belum dimulai", berjalan: "berjalan", selesai: "selesai", ditunda: "ditunda" },
  overdueLabel: "terlambat",
  averageLabel: "rata-rata",
  totalLabel: "Total",
  noTasks: "Belum ada tugas",
};

function row(name: string, n: number): ChartPokjaRow {
  return { name, counts: { belum_dimulai: n, berjalan: 2 * n, selesai: 3 * n, ditunda: 1 }, overdue: n, averageProgress: 40 + n };
}

const ROUNDS = Number(process.env.ROUNDS ?? 10);
/** As in the bot: drawn on a worker thread (the times include the hand-over). */
const offThread = createOffThread({ size: 1 });

for (const pokja of [1, 5, 12]) {
  const rows = Array.from({ length: pokja }, (_, i) => row(`Pokja ${i + 1} Tata Kelola dan Kebijakan SPBE`, i + 1));
  const totals = row("Semua", pokja * 2);
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i <= ROUNDS; i++) {
    const start = performance.now();
    bytes = (await renderTaskChart(rows, totals, LABELS, offThread)).length;
    if (i > 0) times.push(performance.now() - start); // the first run warms up
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(`${pokja} pokja: median ${median.toFixed(1)} ms, fastest ${times[0]!.toFixed(1)} ms, slowest ${times.at(-1)!.toFixed(1)} ms, ${bytes} bytes`);
}
await offThread.close();
