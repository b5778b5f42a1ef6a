/**
 * Data, not code: measures that grow while their event goes on, so that a later report's larger
 * figure is growth, not a rival reading (check/growing.ts): the area a wildfire has burned doubles
 * in days ("85,000 hectares" on 5 May, "at least 101,000 hectares" on 6 May, 229,000 by 11 May at
 * Fort McMurray, 2016).
 */
export const GROWING_MEASURES: ReadonlySet<string> = new Set(["area.burned", "area.burned-all"]);
