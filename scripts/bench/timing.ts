// How the benchmarks take their samples, so every script times the same way and the figures compare.
import autocannon from "autocannon";

/** Runs `work` `runs` times, one after another, and returns each run's wall time in milliseconds. */
export async function timed(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return samples;
}

/** One autocannon run: requests a second, every response's latency in milliseconds, and how many failed. */
export async function underLoad(
  options: Parameters<typeof autocannon>[0],
): Promise<{ rps: number; latencies: number[]; bad: number }> {
  const latencies: number[] = [];
  const instance = autocannon(options);
  instance.on("response", (_client, _status, _bytes, time) => latencies.push(time));
  const result = await instance;
  return {
    rps: result.requests.total / result.duration,
    latencies,
    bad: result.non2xx + result.errors + result.timeouts,
  };
}
