/**
 * Variations of real article text: other numbers, units and places, and for stored articles
 * other subjects. Every rule keeps the sentence shapes of the real articles (what the extractor
 * is built for) while making each generated article's values new, so no cache can help.
 */

const PLACES = `Syria Turkey Türkiye Idlib Istanbul Lebanon Damascus Ankara Iraq Iran Russia Aleppo Jordan Israel Gaza
Europe Washington Moscow Beirut`.split(/\s+/);
/** Single-word names the extractor's gazetteer knows, so a swapped place is still read as a place. */
const OTHER_PLACES = `Albania Algeria Angola Armenia Austria Bolivia Brazil Canada Chad Chile Colombia Cuba Denmark Ecuador
Egypt Estonia Ethiopia Finland France Georgia Germany Ghana Greece Haiti Hungary India Indonesia Ireland Italy Japan
Kenya Laos Latvia Libya Mali Malta Mexico Mongolia Morocco Nepal Niger Nigeria Norway Oman Pakistan Peru Poland
Portugal Qatar Romania Rwanda Senegal Serbia Somalia Spain Sudan Sweden Tunisia Uganda Ukraine Uruguay Yemen Zambia
Baghdad Cairo Amman Tehran Mosul Erbil Homs Hama Raqqa Kobani Afrin Gaziantep Hatay Geneva Brussels Paris Berlin`.split(/\s+/);

const NUMBER_WORDS = `two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty`.split(/\s+/);
const UNIT_WORDS = { mile: ["mile", "kilometer", "km"], miles: ["miles", "kilometers"], kilometer: ["kilometer", "mile"],
  kilometers: ["kilometers", "miles"], km: ["km", "mile", "kilometer"] };

const PLACE_RE = new RegExp(`\\b(?:${PLACES.join("|")})\\b`, "gu");
const NUMBER_WORD_RE = new RegExp(`\\b(?:${NUMBER_WORDS.join("|")})\\b`, "giu");
const UNIT_RE = /\b(?:miles?|kilometers?|km)\b/gu;
// Bounded: at most 6 groups of thousands and 4 decimals; no nested quantifier over one class.
const DIGITS_RE = /\b\d{1,3}(?:,\d{3}){1,6}(?:\.\d{1,4})?\b|\b\d{1,9}(?:\.\d{1,4})?\b/gu;

function sameCase(model, word) {
  return model[0] === model[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word;
}

function group(integer) {
  return integer.replace(/\B(?=(?:\d{3})+$)/gu, ",");
}

/** A number varied within its kind: years stay years, days stay days, amounts keep their format. */
function varyNumber(text, rand) {
  const plain = text.replace(/,/gu, "");
  const value = Number(plain);
  const decimals = plain.includes(".") ? plain.split(".")[1].length : 0;
  if (decimals === 0 && !text.includes(",") && value >= 1900 && value <= 2099) return String(rand.int(1995, 2025));
  if (decimals === 0 && value <= 31) return String(rand.int(1, 28));
  const varied = value * (0.5 + rand.next() * 1.4);
  const fixed = varied.toFixed(decimals);
  if (!text.includes(",")) return fixed;
  const [integer, fraction] = fixed.split(".");
  return fraction ? `${group(integer)}.${fraction}` : group(integer);
}

/**
 * Real article text with its digits, number words, distance units and place names varied.
 * Places are swapped consistently inside one article ("Syria" is the same new country throughout).
 * @example varyArticle("6 people in Syria", prng(1)) // "14 people in Peru"
 */
export function varyArticle(body, rand) {
  const places = new Map();
  return body
    .replace(DIGITS_RE, (match) => varyNumber(match, rand))
    .replace(NUMBER_WORD_RE, (match) => (rand.chance(0.5) ? sameCase(match, rand.pick(NUMBER_WORDS)) : match))
    .replace(UNIT_RE, (match) => rand.pick(UNIT_WORDS[match] ?? [match]))
    .replace(PLACE_RE, (match) => {
      if (!places.has(match)) places.set(match, rand.chance(0.3) ? match : rand.pick(OTHER_PLACES));
      return places.get(match);
    });
}

/**
 * The words of the real articles that become a claim's subject head, and what each becomes in
 * a story of its own: people and things get the story's made-up nouns; casualty verbs become
 * plain verbs (a casualty head, "killed", is shared by every story that mentions a death).
 */
const HEAD_NOUNS = `refugee people civilian syrian troop rocket strip territory land minister chief rival side agency country
conflict war attack injured`.split(/\s+/);
const PLAIN_VERBS = { killed: "trained", displaced: "relocated", fled: "moved" };
const HEAD_RE = /\b(?:refugees?|people|civilians?|Syrians|troops?|rockets?|strips?|territory|land|ministers?|chiefs?|rivals?|sides?|agencies|agency|countries|country|conflicts?|wars?|attacks?|injured|wounded)\b/giu;
const VERB_RE = /\b(?:killed|displaced|fled)\b/giu;

function singular(word) {
  const lower = word.toLowerCase();
  if (lower === "people") return "people";
  if (lower.endsWith("ies")) return `${lower.slice(0, -3)}y`;
  if (lower === "syrians") return "syrian";
  if (lower === "wounded" || lower === "injured") return "injured";
  return lower.endsWith("s") ? lower.slice(0, -1) : lower;
}

const SYLLABLES = `ka ve lo ri mu sa to ne pi da fo gu be ru ta mi zo la no ve`.split(/\s+/);

/** A pronounceable made-up noun, different for each story and each real head. */
export function madeUpNoun(rand) {
  return `${rand.pick(SYLLABLES)}${rand.pick(SYLLABLES)}${rand.pick(SYLLABLES)}${rand.pick(["n", "r", "t", "l"])}`;
}

/** The story's nouns: one made-up noun per real head word. @example storyNouns(prng(7)).get("refugee") // "kavelon" */
export function storyNouns(rand) {
  return new Map(HEAD_NOUNS.map((head) => [head, madeUpNoun(rand)]));
}

/**
 * Article text moved into a story of its own: subject heads replaced by the story's nouns, so
 * that a store of many stories has many subject groups, as a newsroom's archive does.
 */
export function intoStory(body, nouns) {
  return body
    .replace(HEAD_RE, (match) => {
      const noun = nouns.get(singular(match));
      if (!noun) return match;
      const lower = match.toLowerCase();
      const plural = lower !== singular(match) || lower === "people" || lower === "injured" || lower === "wounded";
      return sameCase(match, plural ? `${noun}s` : noun);
    })
    .replace(VERB_RE, (match) => sameCase(match, PLAIN_VERBS[match.toLowerCase()] ?? match));
}
