/** Timing helpers for benchmarks: the median of several runs after a warm-up. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function timeSync(runs: number, fn: () => unknown): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return round(median(times));
}

/**
 * The median time of each task, run in turn (a, b, c, a, b, c, ...) after one warm-up of each, so that a ratio
 * between them compares runs made under the same load of the machine.
 */
export async function timeInTurn<K extends string>(
  runs: number,
  tasks: Record<K, () => Promise<unknown>>,
): Promise<Record<K, number>> {
  const keys = Object.keys(tasks) as K[];
  for (const k of keys) await tasks[k]();
  const times = new Map<K, number[]>(keys.map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const k of keys) {
      const start = process.hrtime.bigint();
      await tasks[k]();
      times.get(k)!.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return Object.fromEntries(keys.map((k) => [k, round(median(times.get(k)!))])) as Record<K, number>;
}

export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
