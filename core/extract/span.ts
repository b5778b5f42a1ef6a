/** A half-open range of UTF-16 offsets into the article body. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Whether two half-open spans share at least one code unit.
 * @example overlaps({ start: 0, end: 5 }, { start: 5, end: 9 }) // false: half-open
 */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The index of the span in `spans` (sorted by start, non-overlapping) that contains `offset`, or -1.
 * @example spanIndexAt([{ start: 0, end: 4 }, { start: 5, end: 9 }], 6) // 1
 */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = spans[mid]!;
    if (offset < span.start) high = mid - 1;
    else if (offset >= span.end) low = mid + 1;
    else return mid;
  }
  return -1;
}
