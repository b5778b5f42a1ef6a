/**
 * Labels that turn the number after them into an identifier: "News Code 47296", "Exit 436",
 * "Highway 35", "a Category 4 storm" (a scale's class, not an amount). Lowercase; a dot may
 * follow (LABEL in junk-codes.ts).
 */
export const LABEL_WORDS = [
  "code", "codes", "no", "nos", "nr", "nrs", "num", "number", "id", "ref", "reference", "ticket", "case", "page", "pages", "pp", "p",
  "chapter", "article", "section", "sec", "clause", "paragraph", "version", "v", "room", "flight", "line", "route", "exit", "highway",
  "hwy", "road", "box", "suite", "ste", "unit", "apt", "item", "vol", "volume", "issue", "episode", "season", "phase", "stage", "step",
  "part", "model", "type", "series", "isbn", "tel", "phone", "fax", "mobile", "ext", "extension", "resolution", "platform", "gate",
  "channel", "bus", "squad", "batch", "lot", "serial", "top", "rank", "ranked", "tier", "size", "war", "category", "cat",
];

/**
 * Words after a fuel's octane grade: "a litre of 95 ULP", "93 unleaded petrol", "95 octane".
 * Lowercase; the number before them names the fuel, it measures nothing.
 */
export const GRADE_WORDS = ["ulp", "lrp", "unleaded", "octane", "ron", "e10", "e5"];
