import { literalPattern } from "./literal-pattern.js";

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

const escape = literalPattern;

/**
 * A finder of whole words of a list: what `(?<![\p{L}-])(?:w1|w2|...)(?![\p{L}-])` with flags
 * "giu" ("gu" with `caseBlind: false`) finds, longest first, a space in a phrase as `space`
 * (`\s+` by default), one match per call from `from` on. The words are a trie and the character
 * before a match is checked by hand: the lookbehind first ran at every position of every
 * stretch read, which cost more than the words. Case-blind, give the words in one case (two
 * spellings of one word in two cases would be two branches, tried in the order given).
 * @example wholeWords(["opened", "opened to traffic"])("It was reopened, then opened to traffic", 0)?.[0] // "opened to traffic"
 */
export function wholeWords(words: Iterable<string>, options: TrieOptions & { caseBlind?: boolean } = {}): (text: string, from?: number) => RegExpExecArray | null {
  const tail = new RegExp(`(?:${wordTrie(words, { space: options.space ?? String.raw`\s+` })})(?![\\p{L}-])`, options.caseBlind === false ? "gu" : "giu");
  return (text, from = 0) => {
    tail.lastIndex = from;
    for (let m = tail.exec(text); m; m = tail.exec(text)) {
      const i = m.index;
      if (i === 0 || !LETTER_OR_HYPHEN.test(codePointBefore(text, i))) return m;
      tail.lastIndex = i + 1;
    }
    return null;
  };
}

const LETTER_OR_HYPHEN = /[\p{L}-]/u;

/** The code point before index i as a string: a surrogate pair counts as one, as the u flag reads it. */
function codePointBefore(text: string, i: number): string {
  const c = text.charCodeAt(i - 1);
  const pair = c >= 0xdc00 && c <= 0xdfff && i > 1 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff;
  return pair ? text.slice(i - 2, i) : text[i - 1]!;
}
