/**
 * A regex alternation of literal words written as a trie: "jan(?:uary)?|ju(?:ne|ly)" rather than
 * "january|jan|june|july". Same matches, longest first at every branch; V8 then decides on one
 * character per branch instead of trying every word at every position of the text, which is
 * what the scans over whole articles (number anchors, date triggers, duration units) spend
 * their time on. Words are matched as given: pass both cases where both are meant.
 * @example new RegExp(`\\b${wordTrie(["jan", "january", "june"])}\\b`).source // "\\bj(?:an(?:uary)?|une)\\b"
 */
export function wordTrie(words: Iterable<string>, options: TrieOptions = {}): string {
  const root: Node = new Map();
  for (const word of new Set(words)) {
    let node = root;
    for (const ch of word) {
      if (!node.has(ch)) node.set(ch, new Map());
      node = node.get(ch)!;
    }
    node.set(END, new Map());
  }
  return alternation(root, options.space ?? " ");
}

/** How the trie writes a space inside a phrase. */
export interface TrieOptions {
  /**
   * The regex source a space inside a phrase stands for, such as "\\s+" for any run of white
   * space (as subject/alternation.ts writes phrases); a literal space by default.
   */
  space?: string;
}

type Node = Map<string, Node>;
const END = "";

function alternation(node: Node, space: string): string {
  // Longer continuations first, so the regex takes "january" before stopping at "jan".
  const branches = [...node.keys()].filter((ch) => ch !== END).map((ch) => (ch === " " ? space : escape(ch)) + alternation(node.get(ch)!, space));
  if (branches.length === 0) return "";
  const group = branches.length === 1 ? branches[0]! : `(?:${branches.join("|")})`;
  if (!node.has(END)) return group;
  return group.length === 1 || branches.length > 1 ? `${group}?` : `(?:${group})?`;
}

// A hyphen outside a class is literal, and escaping it is an error under the `u` flag.
function escape(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
