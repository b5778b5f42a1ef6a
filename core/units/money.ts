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
  kobo: { id: "NGN", factor: 0.01 }, pesewa: { id: "GHS", factor: 0.01 }, pesewas: { id: "GHS", factor: 0.01 },
  satang: { id: "THB", factor: 0.01 }, agorot: { id: "ILS", factor: 0.01 }, agora: { id: "ILS", factor: 0.01 },
  piastres: { id: "EGP", factor: 0.01 }, piasters: { id: "EGP", factor: 0.01 }, poisha: { id: "BDT", factor: 0.01 },
  // Not a coin but read the same way: a basis point is a hundredth of a percentage point ("a 500-basis-point hike" is 5 pp).
  "basis point": { id: "pp", factor: 0.01 }, "basis points": { id: "pp", factor: 0.01 }, bp: { id: "pp", factor: 0.01 }, bps: { id: "pp", factor: 0.01 },
};

/** Currencies: each converts only to itself (exchange rates are not the checker's business). */
export const MONEY: UnitDef[] = CURRENCIES.map(([id, symbol, prefix, names]) => ({
  id, dimension: "money", factor: 1, standalone: true, symbol, prefix, names,
}));

/** Counts and ratios. Other counted nouns ("rocket") are units by their own name, outside the table. */
export const COUNTS_AND_RATIOS: UnitDef[] = [
  { id: "person", dimension: "count", factor: 1, symbol: "person", plural: "people", names: ["person", "persons", "people"] },
  { id: "%", dimension: "ratio", factor: 1, symbol: "%", names: ["%", "percent", "percents", "per cent", "pct", "percentage", "pc"] },
  { id: "pp", dimension: "ratio", factor: 1, standalone: true, symbol: " percentage points", names: ["percentage point", "percentage points", "pp"] },
];
