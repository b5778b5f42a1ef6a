/**
 * "Gallon" names two units: the US gallon (3.785 L, the unit table's) and the imperial gallon
 * (4.546 L) that British and Commonwealth outlets mean, in "mpg" too. A conversion is right if
 * either reading makes it right, so a UK "50mpg (5.6 l/100km)" is not flagged.
 */
const IMPERIAL_IN_US_GALLONS = 4.54609 / 3.785411784;

/**
 * Factors that turn a value in this unit, read either way, into the table's (US) unit.
 * @example gallonReadings("mpg") // [1, 0.8327] (miles per imperial gallon, in miles per US gallon)
 */
export function gallonReadings(unit: string | undefined): number[] {
  if (unit === "mpg") return [1, 1 / IMPERIAL_IN_US_GALLONS];
  if (unit === "gal") return [1, IMPERIAL_IN_US_GALLONS];
  return [1];
}
