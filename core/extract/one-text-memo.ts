/**
 * Answers about one text at a time, by key: the readers of an article's figures ask the same
 * questions of it again, and a new text forgets the last one's answers (one article is read at a
 * time, so the memo never holds more than one).
 * @example const chainsOf = oneTextMemo<string>(); chainsOf(body).set("0|40", "kabul") // the same map until another text is asked
 */
export function oneTextMemo<V>(): (text: string) => Map<string, V> {
  let last: string | undefined;
  let memo = new Map<string, V>();
  return (text) => {
    if (text !== last) {
      last = text;
      memo = new Map();
    }
    return memo;
  };
}
