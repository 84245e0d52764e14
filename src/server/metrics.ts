// A small Prometheus registry (text format 0.0.4): counters, one histogram kind, and values read at
// scrape time (outbox depth, the dispatcher's own counters). No dependency needed for this much.

type Labels = Record<string, string>;
type Sample = { labels: Labels; value: number };

const escapeLabel = (value: string) => value.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/"/g, '\\"');
const formatLabels = (labels: Labels) => {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabel(v)}"`);
  return parts.length === 0 ? "" : `{${parts.join(",")}}`;
};
const formatValue = (value: number) => (value === Infinity ? "+Inf" : Number.isNaN(value) ? "NaN" : String(value));

interface Family {
  name: string;
  help: string;
  type: "counter" | "gauge" | "histogram";
  render(): Promise<string[]> | string[];
}

export interface Counter {
  inc(labels?: Labels, by?: number): void;
}

export interface Histogram {
  observe(value: number): void;
}

/** Latency buckets in seconds: a quick answer is a few ms; an import or an export takes seconds. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export function createRegistry() {
  const families: Family[] = [];
  const add = (family: Family) => {
    if (families.some((f) => f.name === family.name)) throw new Error(`metric ${family.name} registered twice`);
    families.push(family);
  };

  return {
    counter(name: string, help: string): Counter {
      const values = new Map<string, Sample>();
      add({
        name,
        help,
        type: "counter",
        render: () => [...values.values()].map((s) => `${name}${formatLabels(s.labels)} ${formatValue(s.value)}`),
      });
      return {
        inc(labels = {}, by = 1) {
          const key = formatLabels(labels);
          const sample = values.get(key) ?? { labels, value: 0 };
          sample.value += by;
          values.set(key, sample);
        },
      };
    },

    histogram(name: string, help: string, buckets: number[] = LATENCY_BUCKETS): Histogram {
      const bounds = [...buckets].sort((a, b) => a - b);
      const counts = bounds.map(() => 0);
      let sum = 0;
      let count = 0;
      add({
        name,
        help,
        type: "histogram",
        render: () => [
          // Buckets are cumulative: each counts the observations at or below its bound.
          ...bounds.map((le, i) => `${name}_bucket{le="${formatValue(le)}"} ${counts[i]}`),
          `${name}_bucket{le="+Inf"} ${count}`,
          `${name}_sum ${formatValue(sum)}`,
          `${name}_count ${count}`,
        ],
      });
      return {
        observe(value: number) {
          for (let i = 0; i < bounds.length; i++) if (value <= bounds[i]!) counts[i]! += 1;
          sum += value;
          count += 1;
        },
      };
    },

    /** A counter or gauge whose samples are read when scraped (e.g. the dispatcher's stats, a row count). */
    collected(name: string, help: string, type: "counter" | "gauge", collect: () => Promise<Sample[]> | Sample[]): void {
      add({
        name,
        help,
        type,
        render: async () => (await collect()).map((s) => `${name}${formatLabels(s.labels)} ${formatValue(s.value)}`),
      });
    },

    /** The exposition text; a family whose collection fails is left out (the scrape still answers). */
    async render(): Promise<string> {
      const lines: string[] = [];
      for (const family of families) {
        let samples: string[];
        try {
          samples = await family.render();
        } catch {
          continue;
        }
        lines.push(`# HELP ${family.name} ${family.help.replace(/\\/g, "\\\\").replace(/\n/g, "\\n")}`, `# TYPE ${family.name} ${family.type}`, ...samples);
      }
      return lines.join("\n") + "\n";
    },
  };
}

export type Registry = ReturnType<typeof createRegistry>;
