/** Summary of repeated measurements: the median, its spread and every sample. */
export interface Summary {
  median: number;
  p25: number;
  p75: number;
  min: number;
  max: number;
  n: number;
  samples: number[];
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

const round = (value: number) => Math.round(value * 10) / 10;

export function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: round(quantile(sorted, 0.5)),
    p25: round(quantile(sorted, 0.25)),
    p75: round(quantile(sorted, 0.75)),
    min: round(sorted[0] ?? NaN),
    max: round(sorted.at(-1) ?? NaN),
    n: sorted.length,
    samples: samples.map(round),
  };
}

/** "12.3 ms (p25–p75 10.1–14.0, min–max 9.8–20.2)" */
export function describe(summary: Summary, unit = 'ms'): string {
  return `${summary.median} ${unit}  (p25–p75 ${summary.p25}–${summary.p75}, min–max ${summary.min}–${summary.max}, n=${summary.n})`;
}
