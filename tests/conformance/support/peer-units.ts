/**
 * Peer unit names -> claimcheck unit ids, with the factor that turns their value into the first
 * id's ("10 cents" is 0.1 USD). Several ids: the peer's name is wider than ours ("M" in Duckling
 * is metres or miles, "Dinar" any dinar) and any of them is right. A name missing here is a unit
 * outside our table: the case is skipped with that reason, never counted as a pass.
 */
export interface PeerUnit {
  ids: string[];
  factor: number;
}

const u = (ids: string | string[], factor = 1): PeerUnit => ({ ids: Array.isArray(ids) ? ids : [ids], factor });

const ANY_MONEY = ["USD", "EUR", "GBP", "CAD", "AUD", "NZD", "HKD", "SGD", "INR", "JPY", "CNY", "CHF"];

/** Duckling's unit constructors, per dimension (Pound is money in one, mass in another). */
export const DUCKLING_UNITS: Record<string, Record<string, PeerUnit>> = {
  Distance: {
    Kilometre: u("km"), Mile: u("mi"), M: u(["m", "mi"]), Metre: u("m"), Centimetre: u("cm"), Millimetre: u("mm"),
    Inch: u("in"), Foot: u("ft"), Yard: u("yd"),
  },
  Volume: { Litre: u("l"), Millilitre: u("ml"), Gallon: u("gal"), Hectolitre: u("l", 100) },
  Quantity: { Gram: u("g"), Pound: u("lb"), Ounce: u("oz") },
  Temperature: { Celsius: u("C"), Fahrenheit: u("F"), Degree: u("deg") },
  AmountOfMoney: {
    Dollar: u("USD"), USD: u("USD"), Cent: u(["USD", "GBP", "EUR"], 0.01), EUR: u("EUR"), Pound: u("GBP"), GBP: u("GBP"),
    INR: u("INR"), CAD: u("CAD"), CHF: u("CHF"), CNY: u("CNY"), Unnamed: u(ANY_MONEY), KWD: u("KWD"), LBP: u("LBP"),
    EGP: u("EGP"), QAR: u("QAR"), SAR: u("SAR"), BGN: u("BGN"), MYR: u("MYR"), Dinar: u(["IQD", "JOD", "KWD"]),
    ILS: u("ILS"), Riyal: u(["SAR", "QAR"]), Rial: u("IRR"), MNT: u("MNT"), UAH: u("UAH"),
  },
};

/** quantulum3's unit names (its own English names). "dimensionless" is a bare number. */
export const QUANTULUM_UNITS: Record<string, PeerUnit> = {
  metre: u("m"), kilometre: u("km"), mile: u("mi"), inch: u("in"), foot: u("ft"), centimetre: u("cm"),
  "square kilometre": u("km2"), "square mile": u("mi2"), "cubic kilometre": u("km3"),
  litre: u("l"), gallon: u("gal"), "cubic centimetre": u("ml"), centilitre: u("cl"),
  kilogram: u("kg"), tonne: u("t"), "pound-mass": u("lb"), milligram: u("mg"),
  "degree Celsius": u("C"), "degree fahrenheit": u("F"), "degree Fahrenheit": u("F"), kelvin: u("K"),
  "kilometre per hour": u("kmh"),
  "pound sterling": u("GBP"), dollar: u("USD"), euro: u("EUR"), cent: u(["USD", "EUR"], 0.01), penny: u(["GBP", "USD"], 0.01),
  percentage: u("%"),
  minute: u("min"), hour: u("h"), day: u("day"), week: u("week"), month: u("month"), year: u("year"),
  "watt hour": u("Wh"), "megawatt hour": u("MWh"), "british thermal unit": u("Btu"),
};
