// Summaries of repeated measurements, and the growth exponent of time against size.

/** Median, min and max of a list of numbers (null for an empty list). */
export function summary(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
}

/**
 * The exponent k of y ≈ c·x^k by least squares on log y against log x: 1 is linear growth, 2 quadratic.
 * @param {Array<[number, number]>} points
 */
export function fittedExponent(points) {
  const usable = points.filter(([x, y]) => x > 0 && y > 0).map(([x, y]) => [Math.log(x), Math.log(y)]);
  if (usable.length < 2) return null;
  const mx = usable.reduce((s, [x]) => s + x, 0) / usable.length;
  const my = usable.reduce((s, [, y]) => s + y, 0) / usable.length;
  let sxy = 0;
  let sxx = 0;
  for (const [x, y] of usable) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
  }
  return sxx === 0 ? null : sxy / sxx;
}
