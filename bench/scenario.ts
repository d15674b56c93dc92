/** One benchmark scenario: it measures and returns named figures (keys like `ipc.ttft_overhead_ms_p50`). */
export interface BenchScenario {
  /** Short name shown in the table, e.g. "fake-ollama raw throughput". */
  readonly name: string;
  /** What it measures and under which conditions, one line. */
  readonly description: string;
  /** Runs the measurement; returns figures keyed by their public name. Units belong in the key. */
  run(): Promise<Record<string, number>>;
}
