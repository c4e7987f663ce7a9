// The benchmark's outputs: bench/latest.json (the figures) and bench/latest.md (a table, the
// machine it ran on, and what each figure measured).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, release, totalmem } from "node:os";
import { join } from "node:path";

/** One figure of bench/latest.json. `goal` is null where the issue sets none. */
export interface Figure {
  id: string;
  value: number | null;
  unit: string;
  goal: number | null;
  better: "higher" | "lower";
}

/** A figure with what it measured, for the markdown table. */
export interface Reported extends Figure {
  title: string;
  note: string;
}

/** The machine, as the markdown states it. */
export interface Machine {
  cpu: string;
  cores: number;
  ramGb: number;
  node: string;
  kernel: string;
}

/** CPU model, cores, RAM and Node version of this machine. */
export function machine(): Machine {
  let cpu = cpus()[0]?.model ?? "unknown";
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1]?.trim() ?? cpu;
  } catch {
    // not Linux: os.cpus() said it
  }
  return { cpu, cores: cpus().length, ramGb: totalmem() / 1024 ** 3, node: process.version, kernel: release() };
}

/** The 1-minute load average, rounded: other work on the machine slows every figure down. */
export function load(): string {
  return loadavg()[0]!.toFixed(2);
}

/** True when a figure meets its goal; undefined when it has none (or no value). */
export function met(f: Figure): boolean | undefined {
  if (f.goal === null || f.value === null) return undefined;
  return f.better === "higher" ? f.value >= f.goal : f.value <= f.goal;
}

function shown(v: number | null, unit: string): string {
  if (v === null) return "—";
  const digits = unit === "ratio" ? 3 : Math.abs(v) >= 100 || Number.isInteger(v) ? 0 : 1;
  return v.toFixed(digits);
}

/** Writes bench/latest.json and bench/latest.md under `dir`. */
export function writeReport(
  dir: string,
  figures: Reported[],
  context: { mode: string; started: Date; seconds: number; loadBefore: string; loadAfter: string; notes: string[] },
): void {
  mkdirSync(dir, { recursive: true });
  const json: Figure[] = figures.map(({ id, value, unit, goal, better }) => ({
    id,
    value: value === null ? null : Number(value.toFixed(4)),
    unit,
    goal,
    better,
  }));
  writeFileSync(join(dir, "latest.json"), `${JSON.stringify(json, null, 2)}\n`);
  const m = machine();
  const rows = figures.map((f) => {
    const ok = met(f);
    const goal = f.goal === null ? "—" : `${f.better === "higher" ? "≥" : "≤"} ${f.goal}`;
    return `| ${f.title} | \`${f.id}\` | ${shown(f.value, f.unit)} ${f.unit} | ${goal} | ${ok === undefined ? "" : ok ? "yes" : "**no**"} | ${f.note} |`;
  });
  const md = [
    "# Tablée benchmarks — latest run",
    "",
    `\`npm run bench${context.mode === "quick" ? " -- --quick" : ""}\` on ${context.started.toISOString().slice(0, 16).replace("T", " ")} UTC (${context.mode} run, ${Math.round(context.seconds)} s).`,
    "",
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGb.toFixed(1)} GB RAM, Node ${m.node}, Linux ${m.kernel}. ` +
      `Load average ${context.loadBefore} before, ${context.loadAfter} after (the machine is shared; every figure is wall-clock).`,
    "",
    "| Figure | id | Value | Goal | Met | What was measured |",
    "|---|---|---|---|---|---|",
    ...rows,
    "",
    ...context.notes.map((n) => `- ${n}`),
    "",
  ].join("\n");
  writeFileSync(join(dir, "latest.md"), md);
}

/**
 * Puts `figures` into the existing bench/latest.json and bench/latest.md (replacing rows of the
 * same id, adding new ones), for a partial run (`npm run bench -- --only impact`).
 */
export function mergeReport(dir: string, figures: Reported[], note: string): void {
  mkdirSync(dir, { recursive: true });
  const jsonPath = join(dir, "latest.json");
  let old: Figure[] = [];
  try {
    old = JSON.parse(readFileSync(jsonPath, "utf8")) as Figure[];
  } catch {
    // no earlier run: the partial run's figures alone
  }
  const fresh = figures.map(({ id, value, unit, goal, better }) => ({
    id,
    value: value === null ? null : Number(value.toFixed(4)),
    unit,
    goal,
    better,
  }));
  const merged = [...old.filter((f) => !fresh.some((n) => n.id === f.id)), ...fresh];
  writeFileSync(jsonPath, `${JSON.stringify(merged, null, 2)}\n`);
  const mdPath = join(dir, "latest.md");
  let lines: string[] = [];
  try {
    lines = readFileSync(mdPath, "utf8").split("\n");
  } catch {
    lines = [
      "# Tablée benchmarks — latest run",
      "",
      "| Figure | id | Value | Goal | Met | What was measured |",
      "|---|---|---|---|---|---|",
      "",
    ];
  }
  const rows = figures.map((f) => {
    const ok = met(f);
    const goal = f.goal === null ? "—" : `${f.better === "higher" ? "≥" : "≤"} ${f.goal}`;
    return `| ${f.title} | \`${f.id}\` | ${shown(f.value, f.unit)} ${f.unit} | ${goal} | ${ok === undefined ? "" : ok ? "yes" : "**no**"} | ${f.note} |`;
  });
  const kept = lines.filter(
    (l) =>
      !figures.some((f) => l.includes(`| \`${f.id}\` |`)) &&
      !l.startsWith("- Impact figures") &&
      !l.startsWith("- Board figure") &&
      !l.startsWith("- Latency figures"),
  );
  const lastRow = kept.reduce((at, l, i) => (l.startsWith("|") ? i : at), kept.length - 1);
  kept.splice(lastRow + 1, 0, ...rows);
  const end = kept.length > 0 && kept[kept.length - 1] === "" ? kept.length - 1 : kept.length;
  kept.splice(end, 0, `- ${note}`);
  writeFileSync(mdPath, kept.join("\n"));
}
