/**
 * A word table with no prototype: a word every object inherits ("constructor", "toString") is no
 * key of it, so an article containing one reads as any other (tests/extract/inherited-names.test.ts).
 */
export function lookupTable<T>(table: Record<string, T>): Readonly<Record<string, T>> {
  return Object.assign(Object.create(null) as Record<string, T>, table);
}
