import fc from "fast-check";

/**
 * Adversarial text for the extractor and the checker: news-like fragments (numbers, units,
 * scales, dates) shuffled with what breaks naive parsers — other digit systems, right-to-left
 * text and controls, lone surrogates, combining marks, HTML soup, unbalanced brackets.
 */

/** Digits 0-9 of scripts that are not ASCII; the last is astral (a surrogate pair per digit). */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0xff10, 0x1d7ce];

const otherDigits = fc
  .tuple(fc.constantFrom(...DIGIT_ZEROS), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 8 }))
  .map(([zero, digits]) => digits.map((d) => String.fromCodePoint(zero + d)).join(""));

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit));

const hugeNumber = fc.oneof(
  fc.bigInt({ min: 10n ** 20n, max: 10n ** 400n }).map(String),
  fc.double({ noNaN: false }).map(String),
  fc.integer({ min: 1, max: 400 }).map((n) => `1e${n}`),
  fc.bigInt({ min: 10n ** 15n, max: 10n ** 40n }).map((n) => n.toLocaleString("en-US")),
);

const newsNumber = fc.oneof(
  fc.integer({ min: 0, max: 100_000 }).map(String),
  fc.double({ min: 0, max: 1000, noNaN: true }).map((x) => x.toFixed(1)),
  fc.integer({ min: 1000, max: 10_000_000 }).map((n) => n.toLocaleString("en-US")),
  fc.integer({ min: 1000, max: 10_000_000 }).map((n) => n.toLocaleString("de-DE")),
);

const WORDS = [
  " ", " ", "  ", "\n", "\n\n", "\t", "\u00a0", "\u202f", "\u2009", ".", ",", ";", ":", "-", "–", "—", "/", "(", ")", "[", "]",
  "\"", "“", "”", "'", "’", "%", "$", "€", "£", "¥", "~", "±", "×", "½", "¼",
  "km", "kilometres", "miles", "mi", "sq km", "square miles", "kg", "tons", "per cent", "percent", "degrees", "°C", "°F", "mph", "km/h",
  "million", "billion", "thousand", "hundred", "dozen", "half", "a quarter", "two", "thirty-six", "first",
  "about", "nearly", "more than", "at least", "up to", "between", "and", "or", "to", "from", "almost", "some",
  "Syrian", "refugees", "in", "Turkey", "killed", "people", "the", "attack", "strip", "deep", "troops", "said", "according to",
  "on", "Nov.", "13", "January", "Monday", "2022", "1990s", "last year", "ago", "years", "days", "since", "hours",
  "<p>", "</p>", "<div class=\"x\">", "<br/>", "<script>var a=1<2;</script>", "&amp;", "&nbsp;", "&#x30;", "&#1632;", "<!--", "-->",
  "مليون", "لاجئ", "سوري", "في", "تركيا", "מיליון", "פליטים", "\u200f", "\u200e", "\u202e", "\u202c", "\u2066", "\u2069",
  "\u0301", "\u200d", "\ufeff", "\ufffd", "👩‍👩‍👧", "🇹🇷", "𝟑𝟎", "Ⅻ", "²", "³", "⁄",
];

/** Whole sentences the checker has rules for, with numbers drawn at random: they make findings. */
const newsSentence = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 9 })).map(([a, b]) => ` About ${a}.${b} million Syrian refugees live in Turkey. `),
  fc.tuple(fc.integer({ min: 5, max: 60 }), fc.integer({ min: 5, max: 60 })).map(([km, mi]) => ` a ${km}-km (${mi}-mile) deep strip along the border. `),
  fc.tuple(fc.integer({ min: 2, max: 90 }), fc.constantFrom("Nov. 13", "Oct. 9", "March 3")).map(([n, day]) => ` The ${day} attack in Istanbul killed ${n} people. `),
  fc.integer({ min: 1, max: 99 }).map((n) => ` Inflation reached ${n} percent in 2023. `),
);

/** A piece of adversarial news copy. */
const piece = fc.oneof(
  { weight: 2, arbitrary: newsSentence },
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: newsNumber },
  { weight: 1, arbitrary: otherDigits },
  { weight: 1, arbitrary: hugeNumber },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
);

/**
 * Any string a caller could send: news-like pieces glued together, or plain random code points.
 * @example fc.assert(fc.property(adversarialText(), (body) => extractClaims({ id: "a", body }).length >= 0))
 */
export function adversarialText(maxPieces = 60): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.array(piece, { maxLength: maxPieces }).map((parts) => parts.join("")) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 400 }) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 200 }) },
  );
}

/** A publication date, or none, or a value a careless caller might pass through. */
export function publishedValue(): fc.Arbitrary<string | undefined> {
  return fc.oneof(
    fc.constant(undefined),
    fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }).map((d) => d.toISOString()),
    fc.constantFrom("2024-02-30", "0000-01-01", "9999-12-31", "", "yesterday"),
  );
}
