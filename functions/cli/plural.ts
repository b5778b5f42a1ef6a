/**
 * "1 article", "2 articles", "0 claims"; `many` for irregular plurals. Every count a message
 * prints goes through here, so none says "1 claims".
 * @example count(1, "discrepancy", "discrepancies") // "1 discrepancy"
 */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
