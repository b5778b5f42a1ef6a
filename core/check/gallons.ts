/**
 * "Gallon" and "ton" each name two units: the US gallon (3.785 L, the unit table's) and the
 * imperial gallon (4.546 L) that British and Commonwealth outlets mean, in "mpg" too; the short
 * ton (2,000 lb, the table's) and the long ton (2,240 lb) of British copy ("12 tonnes (11.8
 * tons)"). A conversion is right if either reading makes it right, so a UK "50mpg (5.6 l/100km)"
 * is not flagged.
 */
const IMPERIAL_IN_US_GALLONS = 4.54609 / 3.785411784;
const LONG_IN_SHORT_TONS = 2240 / 2000;

/**
 * Factors that turn a value in this unit, read as US or imperial, into the table's (US) unit.
 * @example imperialReadings("mpg") // [1, 0.8327] (miles per imperial gallon, in miles per US gallon)
 */
export function imperialReadings(unit: string | undefined): number[] {
  if (unit === "mpg") return [1, 1 / IMPERIAL_IN_US_GALLONS];
  if (unit === "gal") return [1, IMPERIAL_IN_US_GALLONS];
  if (unit === "ton") return [1, LONG_IN_SHORT_TONS];
  return [1];
}
