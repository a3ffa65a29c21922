/** Exact `round(numerator / denominator)` half up for non-negative integers, via BigInt. */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (numerator < 0n || denominator <= 0n)
    throw new RangeError('divideRoundHalfUp expects non-negative values');
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** BigInt → number, refusing values a JS number cannot hold exactly. */
export function toSafeNumber(value: bigint): number {
  const result = Number(value);
  if (!Number.isSafeInteger(result)) throw new RangeError(`amount ${value} exceeds the safe integer range`);
  return result;
}

/** Sum of integers that refuses to lose precision: every partial sum must stay a safe integer. */
export function sumSafe(values: Iterable<number>): number {
  let sum = 0;
  for (const value of values) {
    sum += value;
    if (!Number.isSafeInteger(sum)) throw new RangeError('sum exceeds the safe integer range');
  }
  return sum;
}
