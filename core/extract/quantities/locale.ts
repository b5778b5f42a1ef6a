import type { Mention } from "../mention.js";
import { lettersAsMoney } from "./letter-money.js";
import { COUNTRIES as WRITTEN_COUNTRIES, COUNTRY_HOSTS as WRITTEN_HOSTS, GLOBAL_WIRES, OUTLETS, type Conventions } from "./data/outlets.js";
import { LOCAL_SIGNS } from "./data/local-signs.js";
import { currencyOfSource } from "./local-signs.js";
import { HOME_RULE } from "./exchange-rate.js";
import { ISO4217 } from "../../units/data/iso4217.js";

/** Host endings that are no country's press (".so" is a start-up domain far more than Somalia). */
const NOT_PRESS_HOSTS = new Set(["so"]);

/**
 * Every country that writes its currency with a shared local sign (data/local-signs.ts) has the
 * conventions of the written ones: its signs, metric tons, Celsius. The written table wins.
 */
const COUNTRIES: Record<string, Conventions> = { ...WRITTEN_COUNTRIES };
const COUNTRY_HOSTS: Array<[suffix: string, country: string]> = [...WRITTEN_HOSTS];
for (const [currency, { signs }] of Object.entries(LOCAL_SIGNS)) {
  const country = currency.slice(0, 2).toLowerCase();
  const letters = signs.map((letter) => ({ letter, currency }));
  const written = COUNTRIES[country];
  COUNTRIES[country] = written ? { ...written, letters: [...(written.letters ?? []), ...letters.filter((l) => l.letter !== written.letter?.letter)] } : { letters, metricTons: true, degrees: "C" };
  if (!NOT_PRESS_HOSTS.has(country) && !COUNTRY_HOSTS.some(([suffix]) => suffix === `.${country}`)) COUNTRY_HOSTS.push([`.${country}`, country]);
}

/**
 * What a bare "$", "c", "Rs" or "tons" means is the outlet's convention, not the text's: "$19
 * million" in the Australian Financial Review is AUD, in the Canadian Press's TSX list CAD. The
 * readers give the world default (USD, INR, short tons); these rules re-read those figures once
 * the article's source or URL says where it was written.
 */

/** Lowercase source with its words separated by single spaces, padded, for whole-word look-ups. */
const padded = (s: string) => ` ${s.toLowerCase().replace(/[^a-z0-9&.()-]+/g, " ").trim()} `;
/** A name as a whole word of a padded source: between spaces or brackets. Built once per name. */
const forms = (name: string) => [` ${name} `, `(${name})`, ` ${name})`, `(${name} `];
const names = (s: string, padded: string[]) => padded.some((f) => s.includes(f));
const OUTLET_FORMS = Object.entries(OUTLETS).map(([country, list]) => [country, list.map(forms)] as const);
const WIRE_FORMS = Object.entries(GLOBAL_WIRES).map(([name, conventions]) => [forms(name), conventions] as const);

function countryOfName(source: string): string | undefined {
  if (!source.trim()) return undefined;
  for (const [country, list] of OUTLET_FORMS) if (list.some((f) => names(source, f))) return country;
  return undefined;
}

function wireOf(source: string): Conventions | undefined {
  if (!source.trim()) return undefined;
  return WIRE_FORMS.find(([f]) => names(source, f))?.[1];
}

function hostOf(url: string | undefined): string {
  const m = typeof url === "string" ? /^[a-z]+:\/\/([^/?#:]+)/i.exec(url) : null;
  return m?.[1]?.toLowerCase() ?? "";
}

function countryOfHost(host: string): string | undefined {
  if (!host) return undefined;
  for (const [suffix, country] of COUNTRY_HOSTS) if (host.endsWith(suffix)) return country;
  for (const [country, list] of Object.entries(OUTLETS)) if (list.some((n) => n.includes(".") && (host === n || host.endsWith(`.${n}`)))) return country;
  return undefined;
}

/**
 * The conventions of the article's outlet, or undefined when the source and URL do not say.
 * The author in brackets wins: "Prince George Citizen (The Canadian Press)" is Canadian, "Daily
 * Maverick (Bloomberg)" follows Bloomberg; "X (via Y)" and "X (republished by Y)" are X's.
 * @example localeOf({ source: "The Australian Financial Review" })?.dollar // "AUD"
 */
export function localeOf(article: { source?: unknown; url?: unknown }): Conventions | undefined {
  const source = typeof article.source === "string" ? article.source : "";
  const url = typeof article.url === "string" ? article.url : undefined;
  // Most stored articles name no outlet: nothing to read.
  if (!source.trim() && !url) return undefined;
  const bracket = /\(([^()]+)\)\s*$/.exec(source)?.[1] ?? "";
  const author = /^(?:via|republished|reprinted|copied)\b/i.test(bracket) ? "" : padded(bracket);
  if (author.trim()) {
    const wire = wireOf(author);
    if (wire) return withOutletLetter(wire, source.slice(0, source.lastIndexOf("(")), url);
    const country = countryOfName(author);
    if (country) return COUNTRIES[country];
  }
  const outlet = padded(bracket && !author.trim() ? source.slice(0, source.lastIndexOf("(")) : source);
  const named = countryOfName(outlet);
  if (named) return COUNTRIES[named];
  // The wire itself as the outlet ("Bloomberg", "Reuters UK").
  const wire = wireOf(outlet);
  if (wire) return wire;
  const country = countryOfHost(hostOf(url));
  if (country) return COUNTRIES[country];
  // A source line that names the country: "Africa-Press (Kenya)", "The Manila Shimbun".
  const currency = currencyOfSource(source);
  return currency ? COUNTRIES[currency.slice(0, 2).toLowerCase()] : undefined;
}

/**
 * A wire's story keeps the wire's conventions, but a currency letter glued to an amount is the
 * reprinting outlet's typography: Reuters writes "2,650 rand", EWN prints it "R2,650".
 */
function withOutletLetter(wire: Conventions, outlet: string, url: string | undefined): Conventions {
  const country = countryOfName(padded(outlet)) ?? countryOfHost(hostOf(url));
  const local = country ? COUNTRIES[country] : undefined;
  return local?.letter || local?.letters ? { ...wire, letter: local.letter, letters: local.letters } : wire;
}

/** The currency sign or word was given by the writer ("US$", "Indian rupees"), not left to the reader. */
const NAMED_DOLLAR = /\bU\.?S\.?\b|\bUSD\b|\$\s?US|american|united states/i;
const DOLLAR = /\$|\bdollars?\b/i;
// "42c", "42 cents", "three cents".
const CENTS = /\d\s?(?:c|¢)\b|\bcents?\b/i;
const NAMED_RUPEE = /\bindian\b|₹|\bINR\b/i;
const SHORT_TON = /\bshort\b/i;

/** The unit this outlet means by the figure's bare sign or word, or undefined to keep it. */
function localUnit(written: string, m: Mention, locale: Conventions): string | undefined {
  if (m.unit === "USD" && !NAMED_DOLLAR.test(written)) {
    if (DOLLAR.test(written)) return locale.dollar;
    if (CENTS.test(written) || m.rules.includes("shared-coin")) return locale.cent ?? locale.dollar;
  }
  if (m.unit === "INR" && !NAMED_RUPEE.test(written) && !m.rules.includes("currency-country")) return locale.rupee;
  if (m.unit === "ton" && locale.metricTons && !SHORT_TON.test(written)) return "t";
  // The text's country or crop made them tonnes (metric-tons.ts); an American outlet means short tons.
  if (m.unit === "t" && locale.shortTons && m.rules.includes("metric-tons")) return "ton";
  if (m.unit === "deg" && locale.degrees) return locale.degrees;
  return undefined;
}

/**
 * The quantity mentions of one article re-read with its outlet's conventions: only figures
 * whose currency or ton the reader defaulted change unit; values never change (a cent is a
 * hundredth of the local dollar as of the US one).
 * @example localizeMentions("$19 million", localeOf({ source: "Australian Financial Review" })) // unit AUD
 */
export function localizeMentions(text: string, locale: Conventions): Mention[] {
  const out: Mention[] = [];
  for (const m of lettersAsMoney(text, locale)) {
    if (m.dimension !== "money" && m.unit !== "ton" && m.unit !== "t" && m.unit !== "deg") {
      out.push(localNoun(m, locale) ?? m);
      continue;
    }
    const written = text.slice(m.start, m.end);
    const unit = coinsOf(text, written, m, out) ?? localUnit(written, m, locale);
    out.push(!unit || unit === m.unit ? m : { ...m, unit, dimension: unit === "t" ? "mass" : m.dimension, rules: [...m.rules, "outlet-locale"] });
  }
  return out;
}

/** "earned US$764.4 million or 71 cents per diluted share": coins restate the amount just before them. */
const RESTATES = /^,?[ \t]{1,2}(?:or|and)[ \t]{1,2}$|^,[ \t]{1,2}$/;

/** The currency of the money figure the coins restate, or undefined. */
function coinsOf(text: string, written: string, m: Mention, before: Mention[]): string | undefined {
  if (m.unit !== "USD" || DOLLAR.test(written) || !CENTS.test(written)) return undefined;
  const previous = before[before.length - 1];
  if (previous?.dimension !== "money" || previous.end > m.start || !RESTATES.test(text.slice(previous.end, m.start))) return undefined;
  return previous.unit;
}

/** The outlet's own currency: the one its signs stand for. */
const currencyOf = (locale: Conventions) => locale.letters?.[0]?.currency ?? locale.letter?.currency;

/**
 * A rate quoted in the home currency of an unnamed country ("the peso closed at 58.99",
 * exchange-rate.ts): the outlet's currency when it bears that noun, or any outlet currency for
 * "the local currency".
 */
function homeRate(m: Mention, locale: Conventions): Mention | undefined {
  const rule = m.unit === undefined ? m.rules.find((r) => r.startsWith(HOME_RULE)) : undefined;
  const currency = rule ? currencyOf(locale) ?? locale.rupee : undefined;
  if (!rule || !currency) return undefined;
  const noun = rule.slice(HOME_RULE.length);
  if (noun !== "local" && ISO_NOUNS.get(currency) !== noun) return undefined;
  return { ...m, unit: currency, dimension: "money", rules: [...m.rules, "outlet-locale"] };
}

/** "500 pesos", "40 shillings" counted in a Philippine or Kenyan outlet: the outlet's currency when it bears that noun. */
function localNoun(m: Mention, locale: Conventions): Mention | undefined {
  const home = homeRate(m, locale);
  if (home) return home;
  const currency = m.dimension === "count" && m.unit ? currencyOf(locale) : undefined;
  if (!currency || !m.unit) return undefined;
  const noun = ISO_NOUNS.get(currency);
  if (noun === undefined || (m.unit !== noun && m.unit !== `${noun}s`)) return undefined;
  return { ...m, unit: currency, dimension: "money", rules: [...m.rules, "outlet-locale"] };
}

/** Each currency's noun, the last word of its ISO name ("peso" for PHP). */
const ISO_NOUNS = new Map(ISO4217.map(([id, name]) => [id, name.split(" ").pop()!]));
