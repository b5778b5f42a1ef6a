import { ISO4217 } from "./data/iso4217.js";
import type { UnitDef } from "./types.js";

/** [ISO code, display symbol, symbol goes first, spoken names]. */
type Currency = [string, string, boolean, string[]];

const CURRENCIES: Currency[] = [
  ["USD", "$", true, ["dollar", "dollars", "us dollar", "us dollars", "usd", "us$", "$", "buck", "bucks", "american dollar", "american dollars", "united states dollar", "united states dollars"]],
  ["EUR", "€", true, ["euro", "euros", "eur", "€"]],
  ["GBP", "£", true, ["pound sterling", "pounds sterling", "british pound", "british pounds", "sterling", "gbp", "£", "quid"]],
  ["TRY", "TL ", true, ["turkish lira", "turkish liras", "lira", "liras", "lire", "try", "tl", "₺"]],
  ["JPY", "¥", true, ["yen", "japanese yen", "jpy", "¥"]],
  ["CNY", "CN¥", true, ["yuan", "renminbi", "chinese yuan", "cny", "rmb", "元"]],
  ["CHF", "CHF ", true, ["swiss franc", "swiss francs", "chf"]],
  ["CAD", "C$", true, ["canadian dollar", "canadian dollars", "cad", "c$"]],
  ["AUD", "A$", true, ["australian dollar", "australian dollars", "aud", "a$"]],
  ["NZD", "NZ$", true, ["new zealand dollar", "new zealand dollars", "nzd", "nz$"]],
  ["HKD", "HK$", true, ["hong kong dollar", "hong kong dollars", "hkd", "hk$"]],
  ["SGD", "S$", true, ["singapore dollar", "singapore dollars", "sgd"]],
  ["INR", "₹", true, ["rupee", "rupees", "indian rupee", "indian rupees", "inr", "rs", "₹"]],
  ["PKR", "PKR ", true, ["pakistani rupee", "pakistani rupees", "pkr"]],
  ["LKR", "LKR ", true, ["sri lankan rupee", "sri lankan rupees", "lkr"]],
  ["RUB", "₽", false, ["ruble", "rubles", "rouble", "roubles", "russian ruble", "russian rubles", "rub", "₽"]],
  ["KRW", "₩", true, ["won", "korean won", "south korean won", "krw", "₩"]],
  ["ILS", "₪", true, ["shekel", "shekels", "new shekel", "new shekels", "ils", "nis", "₪"]],
  ["SYP", "SYP ", true, ["syrian pound", "syrian pounds", "syp"]],
  ["LBP", "LBP ", true, ["lebanese pound", "lebanese pounds", "lbp"]],
  ["EGP", "EGP ", true, ["egyptian pound", "egyptian pounds", "egp", "le"]],
  ["IQD", "IQD ", true, ["iraqi dinar", "iraqi dinars", "iqd"]],
  ["JOD", "JOD ", true, ["jordanian dinar", "jordanian dinars", "jod"]],
  ["IRR", "IRR ", true, ["rial", "rials", "iranian rial", "iranian rials", "irr"]],
  ["SAR", "SAR ", true, ["riyal", "riyals", "saudi riyal", "saudi riyals", "sar"]],
  ["AED", "AED ", true, ["dirham", "dirhams", "uae dirham", "aed"]],
  ["BRL", "R$", true, ["reais", "brazilian real", "brazilian reais", "brl", "r$"]],
  ["MXN", "MX$", true, ["mexican peso", "mexican pesos", "mxn", "mx$"]],
  ["ZAR", "R", true, ["rand", "rands", "south african rand", "south african rands", "zar"]],
  ["NGN", "₦", true, ["naira", "nairas", "nigerian naira", "ngn", "₦"]],
  ["IDR", "Rp ", true, ["rupiah", "rupiahs", "indonesian rupiah", "indonesian rupiahs", "idr", "rp"]],
  // Bare "peso" and "shilling" stay nouns: several countries use them, and the text rarely says which.
  ["PHP", "₱", true, ["philippine peso", "philippine pesos", "php", "₱"]],
  ["KES", "KSh ", true, ["kenyan shilling", "kenyan shillings", "kes", "ksh", "kshs"]],
  ["GHS", "GH₵", true, ["cedi", "cedis", "ghanaian cedi", "ghanaian cedis", "ghana cedi", "ghana cedis", "ghs", "gh₵", "ghc"]],
  ["THB", "฿", true, ["baht", "thai baht", "thb", "฿"]],
  ["VND", "₫", false, ["dong", "vietnamese dong", "vnd", "₫", "đồng"]],
  ["BDT", "Tk ", true, ["taka", "takas", "bangladeshi taka", "bangladeshi takas", "bdt", "tk", "৳"]],
  ["SEK", "SEK ", true, ["swedish krona", "swedish kronor", "sek"]],
  ["NOK", "NOK ", true, ["norwegian krone", "norwegian kroner", "nok"]],
  ["DKK", "DKK ", true, ["danish krone", "danish kroner", "dkk"]],
  ["PLN", "zł", false, ["zloty", "zlotys", "zlotych", "polish zloty", "pln", "zł"]],
  ["UAH", "₴", true, ["hryvnia", "hryvnias", "hryvni", "ukrainian hryvnia", "ukrainian hryvnias", "uah", "₴"]],
  ["MYR", "RM", true, ["ringgit", "ringgits", "malaysian ringgit", "malaysian ringgits", "malaysia ringgit", "malaysia ringgits", "myr", "rm"]],
  ["KWD", "KWD ", true, ["kuwaiti dinar", "kuwaiti dinars", "kwd"]],
  ["QAR", "QAR ", true, ["qatari riyal", "qatari riyals", "qar"]],
  ["BGN", "BGN ", true, ["bulgarian lev", "bulgarian leva", "bgn"]],
  ["MNT", "MNT ", true, ["tugrik", "tugriks", "tögrög", "mongolian tugrik", "mongolian tugriks", "mnt"]],
  ["BTC", "₿", true, ["bitcoin", "bitcoins", "btc", "₿"]],
  // Pre-euro currencies: archives and historical figures still quote them.
  ["FRF", "FF ", true, ["franc", "francs", "french franc", "french francs", "frf"]],
  ["ESP", "ESP ", true, ["peseta", "pesetas", "spanish peseta", "spanish pesetas", "esp"]],
  ["NLG", "NLG ", true, ["guilder", "guilders", "dutch guilder", "dutch guilders", "nlg"]],
  ["FIM", "FIM ", true, ["markka", "markkaa", "finnish markka", "finnish markkaa", "fim"]],
  ["DEM", "DM ", true, ["deutsche mark", "deutsche marks", "deutschmark", "deutschmarks", "dem"]],
];

/**
 * Coins written as their own unit: "50 cents" is 0.5 USD, "470 pence" 4.70 GBP. The extractor
 * reads these names and scales the value; the table itself knows only whole currencies.
 */
export const SUBUNITS: Record<string, { id: string; factor: number }> = {
  cent: { id: "USD", factor: 0.01 }, cents: { id: "USD", factor: 0.01 }, "¢": { id: "USD", factor: 0.01 },
  penny: { id: "GBP", factor: 0.01 }, pence: { id: "GBP", factor: 0.01 }, pennies: { id: "GBP", factor: 0.01 },
  kuruş: { id: "TRY", factor: 0.01 }, kurus: { id: "TRY", factor: 0.01 },
  sen: { id: "MYR", factor: 0.01 }, sens: { id: "MYR", factor: 0.01 },
  kopiyka: { id: "UAH", factor: 0.01 }, kopiykas: { id: "UAH", factor: 0.01 }, kopiyok: { id: "UAH", factor: 0.01 },
  kopeck: { id: "RUB", factor: 0.01 }, kopecks: { id: "RUB", factor: 0.01 }, kopek: { id: "RUB", factor: 0.01 }, kopeks: { id: "RUB", factor: 0.01 },
  paise: { id: "INR", factor: 0.01 }, paisa: { id: "INR", factor: 0.01 },
  // Peso coins: the Philippine peso is the one English-language news quotes most; an outlet's or text's country re-reads it.
  centavo: { id: "PHP", factor: 0.01 }, centavos: { id: "PHP", factor: 0.01 },
  kobo: { id: "NGN", factor: 0.01 }, pesewa: { id: "GHS", factor: 0.01 }, pesewas: { id: "GHS", factor: 0.01 },
  // "85GHp": Ghanaian market reports write pesewas with the cedi's letters.
  ghp: { id: "GHS", factor: 0.01 },
  satang: { id: "THB", factor: 0.01 }, agorot: { id: "ILS", factor: 0.01 }, agora: { id: "ILS", factor: 0.01 },
  piastres: { id: "EGP", factor: 0.01 }, piasters: { id: "EGP", factor: 0.01 }, poisha: { id: "BDT", factor: 0.01 },
  // Not a coin but read the same way: a basis point is a hundredth of a percentage point ("a 500-basis-point hike" is 5 pp).
  // Commodity shorthand for million metric tonnes ("2.5 MMT of wheat"), read the same way.
  mmt: { id: "t", factor: 1e6 },
  // Kilotonnes and megatonnes of ore, grain and carbon: "exports of 510 kilotonnes", "37 megatonnes of CO2" (a kiloton of TNT is energy: not read).
  kilotonne: { id: "t", factor: 1e3 }, kilotonnes: { id: "t", factor: 1e3 }, megatonne: { id: "t", factor: 1e6 }, megatonnes: { id: "t", factor: 1e6 },
  "basis point": { id: "pp", factor: 0.01 }, "basis points": { id: "pp", factor: 0.01 }, bp: { id: "pp", factor: 0.01 }, bps: { id: "pp", factor: 0.01 },
};

/**
 * Codes of the generated currencies that are English words or common acronyms: "TOP 10", "ALL 3",
 * "SOS 2" are no money, nor is "RON95" petrol, so the code is not one of the currency's names (its full name still is).
 */
const WORD_CODES = new Set(["ALL", "TOP", "RON", "CUP", "PEN", "MAD", "BOB", "SOS", "GEL", "BAM", "MOP", "DOP", "AMD", "CVE", "ERN", "AOA", "MDL", "PAB", "SBD", "SCR", "SRD", "SVC", "TMT", "MRU", "KYD", "BMD", "BND", "BZD", "STN", "HTG", "GIP", "FKP", "SHP", "LSL", "KMF", "XCG", "XPF", "ZWG", "TJS", "SLE", "NIO", "ANG"]);

/**
 * Bare names of generated currencies that only one currency bears and that are no English word
 * ("5,000 forint"); shared names ("kwacha", "dinar", "shilling", "peso") need the country's
 * adjective ("Zambian kwacha").
 */
const BARE_NAMES: Record<string, string[]> = {
  HUF: ["forint", "forints"], CZK: ["koruna", "korunas", "koruny"], GEL: ["lari", "laris"], KZT: ["tenge", "tenges"],
  MMK: ["kyat", "kyats"], KHR: ["riel", "riels"], MGA: ["ariary"], GMD: ["dalasi", "dalasis"], SZL: ["lilangeni", "emalangeni"],
  AOA: ["kwanza", "kwanzas"], MZN: ["metical", "meticais", "meticals"], MRU: ["ouguiya", "ouguiyas"], PYG: ["guarani", "guaranis"],
  BOB: ["boliviano", "bolivianos"], HNL: ["lempira", "lempiras"], MVR: ["rufiyaa"], BTN: ["ngultrum", "ngultrums"], TJS: ["somoni"],
  ETB: ["birr", "birrs"], BWP: ["pula", "pulas"], UGX: ["ugx"], TZS: ["tzs"], RWF: ["rwf", "frw"], ZMW: ["zmw"], MWK: ["mwk"],
  GTQ: ["quetzales"], NPR: ["npr", "nepali rupee", "nepali rupees"], UZS: ["uzbek som", "uzbek soms"], KGS: ["kyrgyz som", "kyrgyz soms"],
};

/** A generated row as a unit: its name, plural and (unless a word) code are spellings; the symbol is its first local sign or code. */
function isoUnit([id, name, plural, , signs]: (typeof ISO4217)[number]): UnitDef {
  const names = [name, plural].map((n) => n.replace(/\./g, "").replace(/-/g, " "));
  names.push(...(BARE_NAMES[id] ?? []));
  if (!WORD_CODES.has(id)) names.push(id.toLowerCase());
  const sign = signs.find((s) => s.length > 1 && !/^[A-Z]{3}$/.test(s));
  return { id, dimension: "money", factor: 1, standalone: true, symbol: sign ?? `${id} `, prefix: true, names: [...new Set(names)] };
}

const WRITTEN = new Set(CURRENCIES.map(([id]) => id));

/**
 * Currencies: each converts only to itself (exchange rates are not the checker's business). The
 * hand-written rows first (their spellings win a clash), then every other ISO 4217 currency.
 */
export const MONEY: UnitDef[] = [
  ...CURRENCIES.map(([id, symbol, prefix, names]): UnitDef => ({ id, dimension: "money", factor: 1, standalone: true, symbol, prefix, names })),
  // Zimbabwe's "gold" (ZWG) would make "Zimbabwean gold" money.
  ...ISO4217.filter(([id]) => !WRITTEN.has(id) && id !== "ZWG").map(isoUnit),
];

/** Counts and ratios. Other counted nouns ("rocket") are units by their own name, outside the table. */
export const COUNTS_AND_RATIOS: UnitDef[] = [
  { id: "person", dimension: "count", factor: 1, symbol: "person", plural: "people", names: ["person", "persons", "people"] },
  { id: "%", dimension: "ratio", factor: 1, symbol: "%", names: ["%", "percent", "percents", "per cent", "pct", "percentage", "pc"] },
  { id: "pp", dimension: "ratio", factor: 1, standalone: true, symbol: " percentage points", names: ["percentage point", "percentage points", "pp"] },
];
