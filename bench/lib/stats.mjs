/**
 * Latency summaries. Percentiles use the nearest-rank method on the exact samples (a run holds
 * tens of thousands of them, so sorting is cheaper and more honest than a histogram).
 */

/** Summary of latencies in ms; non-finite entries (requests that never completed) are skipped. */
export function summarize(latencies) {
  const sorted = Float64Array.from(latencies).filter(Number.isFinite).sort();
  const count = sorted.length;
  if (count === 0) return { count, mean: null, p50: null, p95: null, p99: null, max: null };
  let sum = 0;
  for (const value of sorted) sum += value;
  return {
    count,
    mean: sum / count,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[count - 1],
  };
}

/** The smallest sample with at least `p` % of samples at or below it; `sorted` ascending. */
function percentile(sorted, p) {
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}
