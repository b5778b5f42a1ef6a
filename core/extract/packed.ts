/**
 * Arrays that extraction hands from one step to the next, built by pushes. V8's Array map gives
 * a packed array while its caller runs unoptimised and a holey one once the caller is optimised;
 * every reader's optimised code built for the one is thrown away (a "wrong map" deopt) when it
 * meets the other, and compiled again: in the bench's first timed rounds, about 30 quantity
 * steps at once. Pushes give a packed array in every tier. The elements are map's, in order.
 * @example mapPacked([1, 2], (n) => n * 2) // [2, 4]
 */
export function mapPacked<T, U>(items: readonly T[], fn: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(fn(items[i]!, i));
  return out;
}
