import type { UnitDef } from "./types.js";

const MILE = 1609.344;
const FOOT = 0.3048;
const YARD = 0.9144;
const INCH = 0.0254;
const GALLON = 0.003785411784;
const POUND = 0.45359237;
const DAY = 86400;

/** Adds the usual plural and abbreviations to a word list. */
function words(singular: string[], extra: string[] = []): string[] {
  return [...singular.flatMap((w) => [w, `${w}s`]), ...extra];
}

/** Length, area, volume, mass: the physical measures, with factors to m, m2, m3, kg. */
export const MEASURES: UnitDef[] = [
  { id: "mi", dimension: "length", factor: MILE, symbol: "mi", names: words(["mile", "statute mile"], ["mi"]) },
  { id: "km", dimension: "length", factor: 1000, symbol: "km", names: words(["kilometer", "kilometre", "km"], ["kilo meter", "kilo meters"]) },
  { id: "m", dimension: "length", factor: 1, symbol: "m", names: words(["meter", "metre"], ["m", "mtr", "mtrs"]) },
  { id: "cm", dimension: "length", factor: 0.01, symbol: "cm", names: words(["centimeter", "centimetre"], ["cm", "cms"]) },
  { id: "mm", dimension: "length", factor: 0.001, symbol: "mm", names: words(["millimeter", "millimetre"], ["mm"]) },
  { id: "ft", dimension: "length", factor: FOOT, symbol: "ft", names: ["foot", "feet", "ft"] },
  { id: "yd", dimension: "length", factor: YARD, symbol: "yd", names: words(["yard"], ["yd", "yds"]) },
  { id: "in", dimension: "length", factor: INCH, symbol: "in", names: ["inch", "inches", "in"] },
  { id: "nmi", dimension: "length", factor: 1852, symbol: "nmi", names: words(["nautical mile"], ["nmi"]) },
  // Depths at sea: "in 25 metres (14 fathoms) of water".
  { id: "fathom", dimension: "length", factor: 1.8288, symbol: "fathoms", names: words(["fathom"]) },
  // Astronomy copy: "a planet 40 light-years away".
  { id: "ly", dimension: "length", factor: 9.4607304725808e15, symbol: "light-years", names: words(["light year", "lightyear"], ["ly"]) },
  { id: "km2", dimension: "area", factor: 1e6, symbol: "sq km", names: words(["square kilometer", "square kilometre", "sq km", "square km"], ["km2", "km²", "km^2", "sqkm", "km squared", "kilometers squared", "kilometres squared"]) },
  { id: "mi2", dimension: "area", factor: MILE * MILE, symbol: "sq mi", names: words(["square mile", "sq mile"], ["sq mi", "mi2", "mi²", "mi^2", "square mi", "miles squared"]) },
  { id: "m2", dimension: "area", factor: 1, symbol: "sq m", names: words(["square meter", "square metre", "sq meter", "sq metre"], ["sq m", "m2", "m²", "m^2", "meters squared", "metres squared"]) },
  { id: "ft2", dimension: "area", factor: FOOT * FOOT, symbol: "sq ft", names: ["square foot", "square feet", "sq ft", "sq feet", "ft2", "ft²", "ft^2"] },
  { id: "yd2", dimension: "area", factor: YARD * YARD, symbol: "sq yd", names: words(["square yard", "sq yard"], ["sq yd", "yd2", "yd²"]) },
  { id: "ha", dimension: "area", factor: 1e4, symbol: "ha", names: words(["hectare"], ["ha"]) },
  { id: "acre", dimension: "area", factor: 4046.8564224, symbol: "acres", names: words(["acre"]) },
  { id: "l", dimension: "volume", factor: 0.001, symbol: "L", names: words(["liter", "litre"], ["l", "ltr"]) },
  // "a 1,500cc engine": cubic centimetres are millilitres.
  { id: "ml", dimension: "volume", factor: 1e-6, symbol: "mL", names: words(["milliliter", "millilitre", "cubic centimeter", "cubic centimetre"], ["ml", "mls", "cc", "cm3", "cm³"]) },
  { id: "cl", dimension: "volume", factor: 1e-5, symbol: "cL", names: words(["centiliter", "centilitre"], ["cl"]) },
  { id: "hl", dimension: "volume", factor: 0.1, symbol: "hL", names: words(["hectoliter", "hectolitre"], ["hl"]) },
  { id: "m3", dimension: "volume", factor: 1, symbol: "cu m", names: words(["cubic meter", "cubic metre"], ["m3", "m³", "m^3", "cu m", "meters cubed", "metres cubed"]) },
  { id: "km3", dimension: "volume", factor: 1e9, symbol: "cu km", names: words(["cubic kilometer", "cubic kilometre", "cubic km"], ["km3", "km³", "km^3", "cu km", "km cubed", "kilometers cubed", "kilometres cubed"]) },
  { id: "ft3", dimension: "volume", factor: FOOT * FOOT * FOOT, symbol: "cu ft", names: ["cubic foot", "cubic feet", "cu ft", "ft3", "ft³", "ft^3"] },
  // "1,900 million cubic metres (2.1 million cubic yards)": earthworks and dredging copy.
  { id: "yd3", dimension: "volume", factor: YARD * YARD * YARD, symbol: "cu yd", names: words(["cubic yard"], ["cu yd", "yd3", "yd³"]) },
  { id: "gal", dimension: "volume", factor: GALLON, symbol: "gal", names: words(["gallon"], ["gal", "gals"]) },
  // Grain markets (US bushel, a dry volume): "the USDA put the corn crop at 15.1 billion bushels".
  { id: "bu", dimension: "volume", factor: 0.03523907016688, symbol: "bu", names: words(["bushel"], ["bu"]) },
  // Reservoirs and water rights: "a reservoir of 8.1 million acre feet" (an acre a foot deep, 43,560 cubic feet).
  { id: "acft", dimension: "volume", factor: 43560 * FOOT * FOOT * FOOT, symbol: "acre-ft", names: ["acre-foot", "acre-feet", "acre foot", "acre feet", "acre-ft", "acre ft"] },
  { id: "bbl", dimension: "volume", factor: 42 * GALLON, symbol: "bbl", names: words(["barrel"], ["bbl"]) },
  // Oil and gas output counted together as the oil of equal energy: not barrels of oil, so it converts only to itself.
  { id: "boe", dimension: "volume", factor: 42 * GALLON, standalone: true, symbol: "boe", names: ["barrel of oil equivalent", "barrels of oil equivalent", "boe"] },
  { id: "kg", dimension: "mass", factor: 1, symbol: "kg", names: words(["kilogram", "kilogramme", "kg", "kilo"], ["kgs"]) },
  { id: "g", dimension: "mass", factor: 0.001, symbol: "g", names: words(["gram", "gramme"], ["g", "gr", "gs"]) },
  { id: "mg", dimension: "mass", factor: 1e-6, symbol: "mg", names: words(["milligram", "milligramme"], ["mg", "mgs"]) },
  // "mt", "MT": commodity copy's metric ton ("5.31 million mt of coal"); "Mt" is a megatonne (unit-reader.ts).
  { id: "t", dimension: "mass", factor: 1000, symbol: "t", names: words(["tonne", "metric ton", "metric tonne"], ["t", "mt"]) },
  { id: "lb", dimension: "mass", factor: POUND, symbol: "lb", names: ["pound", "pounds", "lb", "lbs"] },
  { id: "oz", dimension: "mass", factor: POUND / 16, symbol: "oz", names: words(["ounce"], ["oz"]) },
  // Precious metals are weighed in troy ounces (31.1 g, not 28.35 g): "gold rose to $2,400 an ounce" is a troy ounce too,
  // but only the written "troy" says so here.
  { id: "ozt", dimension: "mass", factor: 0.0311034768, symbol: "troy oz", names: words(["troy ounce"], ["ozt", "troy oz"]) },
  // Gems: "a 1,109-carat diamond" ("karat" is gold's purity, not a weight).
  { id: "ct", dimension: "mass", factor: 0.0002, symbol: "ct", names: words(["carat"]) },
  { id: "st", dimension: "mass", factor: POUND * 14, symbol: "st", names: ["stone", "stones"] },
  { id: "ton", dimension: "mass", factor: POUND * 2000, symbol: "tons", names: words(["ton", "short ton"]) },
];

/** Speed, fuel economy, temperature, time: factors to m/s, km/L, K, s. */
export const RATES_AND_TIMES: UnitDef[] = [
  { id: "mph", dimension: "speed", factor: MILE / 3600, symbol: "mph", names: ["mph", "miles per hour", "mile per hour", "miles an hour", "mi/h"] },
  { id: "kmh", dimension: "speed", factor: 1000 / 3600, symbol: "km/h", names: ["km/h", "kmh", "kph", "km/hr", "kmph", "kilometers per hour", "kilometer per hour", "kilometre per hour", "kilometres per hour", "kilometers an hour", "kilometres an hour"] },
  { id: "kn", dimension: "speed", factor: 1852 / 3600, symbol: "kn", names: ["knot", "knots", "kn", "kt", "kts"] },
  { id: "mps", dimension: "speed", factor: 1, symbol: "m/s", names: ["m/s", "meters per second", "metres per second", "meter per second", "metre per second"] },
  { id: "mpg", dimension: "fuelEconomy", factor: MILE / 1000 / (GALLON * 1000), symbol: "mpg", names: ["mpg", "miles per gallon", "mile per gallon"] },
  { id: "kmpl", dimension: "fuelEconomy", factor: 1, symbol: "km/L", names: ["km/l", "kmpl", "kilometers per liter", "kilometres per litre", "kilometers per litre", "km per liter", "km per litre"] },
  { id: "l100km", dimension: "fuelEconomy", factor: 100, reciprocal: true, symbol: "L/100 km", names: ["l/100km", "l/100 km", "liters per 100 km", "litres per 100 km", "liters per 100 kilometers", "litres per 100 kilometres"] },
  { id: "C", dimension: "temperature", factor: 1, offset: 273.15, symbol: "°C", names: ["°c", "celsius", "celcius", "degrees celsius", "degree celsius", "degrees celcius", "degrees c", "degree c", "deg c", "deg celsius", "° celsius", "° c", "centigrade", "degrees centigrade", "c", "℃",
    // The ordinal sign and the ring above stand in for the degree sign in copy typed on some keyboards: "27ºC", "28˚C".
    "ºc", "˚c", "º c", "˚ c"] },
  { id: "F", dimension: "temperature", factor: 5 / 9, offset: (459.67 * 5) / 9, symbol: "°F", names: ["°f", "fahrenheit", "farenheit", "degrees fahrenheit", "degree fahrenheit", "degrees farenheit", "degrees f", "degree f", "deg f", "deg fahrenheit", "° fahrenheit", "° f", "f", "℉", "ºf", "˚f", "º f", "˚ f"] },
  // "40 degrees" with no scale: a temperature we cannot convert, comparable only with itself.
  { id: "deg", dimension: "temperature", factor: 1, standalone: true, symbol: "°", names: ["degrees", "degree", "deg", "°", "º", "˚"] },
  { id: "K", dimension: "temperature", factor: 1, offset: 0, symbol: "K", names: ["kelvin", "kelvins", "degrees kelvin", "k"] },
  { id: "s", dimension: "time", factor: 1, symbol: "s", names: words(["second", "sec"], ["s"]) },
  { id: "min", dimension: "time", factor: 60, symbol: "min", names: words(["minute", "min"]) },
  { id: "h", dimension: "time", factor: 3600, symbol: "h", names: words(["hour", "hr"], ["h"]) },
  { id: "day", dimension: "time", factor: DAY, symbol: "days", names: words(["day"]) },
  { id: "week", dimension: "time", factor: 7 * DAY, symbol: "weeks", names: words(["week", "wk"]) },
  { id: "month", dimension: "time", factor: (365.2425 / 12) * DAY, symbol: "months", names: words(["month"]) },
  { id: "year", dimension: "time", factor: 365.2425 * DAY, symbol: "years", names: words(["year", "yr"]) },
  { id: "decade", dimension: "time", factor: 3652.425 * DAY, symbol: "decades", names: words(["decade"]) },
  { id: "century", dimension: "time", factor: 36524.25 * DAY, symbol: "centuries", names: ["century", "centuries"] },
];

/**
 * Pressure (base Pa) and energy (base J): weather copy's "a central pressure of 950 millibars"
 * (hectopascals are the same unit), tyres' psi; power bills' kWh, gas markets' MMBtu, food's
 * calories (the kilocalorie). A bare "mb" is left out: it is as often megabytes.
 */
export const PRESSURE_AND_ENERGY: UnitDef[] = [
  { id: "mb", dimension: "pressure", factor: 100, symbol: "mb", names: words(["millibar", "hectopascal"], ["mbar", "hpa"]) },
  { id: "kPa", dimension: "pressure", factor: 1000, symbol: "kPa", names: words(["kilopascal"], ["kpa"]) },
  { id: "psi", dimension: "pressure", factor: 6894.757293168, symbol: "psi", names: ["psi", "pounds per square inch", "pound per square inch"] },
  { id: "inHg", dimension: "pressure", factor: 3386.389, symbol: "inHg", names: ["inhg", "inches of mercury", "inch of mercury"] },
  { id: "Wh", dimension: "energy", factor: 3600, symbol: "Wh", names: words(["watt hour", "watt-hour", "wh"]) },
  { id: "kWh", dimension: "energy", factor: 3.6e6, symbol: "kWh", names: words(["kilowatt hour", "kilowatt-hour", "kwh"]) },
  { id: "MWh", dimension: "energy", factor: 3.6e9, symbol: "MWh", names: words(["megawatt hour", "megawatt-hour", "mwh"]) },
  { id: "GWh", dimension: "energy", factor: 3.6e12, symbol: "GWh", names: words(["gigawatt hour", "gigawatt-hour", "gwh"]) },
  { id: "TWh", dimension: "energy", factor: 3.6e15, symbol: "TWh", names: words(["terawatt hour", "terawatt-hour", "twh"]) },
  { id: "Btu", dimension: "energy", factor: 1055.05585262, symbol: "Btu", names: ["btu", "btus", "british thermal unit", "british thermal units"] },
  { id: "MMBtu", dimension: "energy", factor: 1.05505585262e9, symbol: "MMBtu", names: ["mmbtu", "mmbtus", "million btu", "million btus", "million british thermal units"] },
  { id: "kcal", dimension: "energy", factor: 4184, symbol: "kcal", names: words(["calorie", "kilocalorie", "kcal"]) },
];
