/**
 * Whether a JavaScript number may already have lost digits: beyond 2^53 − 1 not every integer is a
 * double, so 123456789012345678901234567890 in a JSON file reads as 123456789012345677877719597056
 * before any code sees it, and 1e308 is no count anyone wrote. Such a figure must come as a string
 * ("123456789012345678901234567890"), which is read digit by digit. NaN and ±Infinity count too.
 */
export function isImpreciseNumber(value: number): boolean {
  return !Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER;
}
