/**
 * Beyond these bounds nothing in news is a checkable figure (a googol is 1e100; a proton is
 * 1e-15 m across), and stores have limits too (DynamoDB numbers run from 1e-130 to about 1e125).
 */
const LARGEST_FIGURE = 1e100;
const SMALLEST_FIGURE = 1e-100;

/**
 * Whether a number can be a figure in a story: finite, and neither past a googol nor closer to
 * zero than its inverse ("1e300 trillion" overflows, "3e-309" underflows).
 * @example isNewsFigure(3.6e6) // true; isNewsFigure(1e200) // false
 */
export function isNewsFigure(n: number): boolean {
  const size = Math.abs(n);
  return Number.isFinite(n) && size <= LARGEST_FIGURE && (n === 0 || size >= SMALLEST_FIGURE);
}
