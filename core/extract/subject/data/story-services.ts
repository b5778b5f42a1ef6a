/**
 * Data, not code: nouns that make the event word before them the name of a service, its people
 * or its gear, not a happening ("the city's fire chief", "fire crews", "flood warnings", "war
 * crimes"): a crowd crush whose lead quotes the fire chief is no fire (story-class.ts). Plural
 * forms are listed as written. events.ts `idioms` ("fire drill", "war room") are read as well.
 * Kept as a TypeScript module (see events.ts for why).
 */
const words: readonly string[] = `
chief chiefs department departments brigade brigades service services official officials officer officers
crew crews station stations engine engines tender tenders truck trucks fighter fighters firefighter firefighters
marshal marshals safety authority authorities commissioner minister ministry drill drills exit exits escape escapes
alarm alarms extinguisher extinguishers hydrant hydrants warning warnings alert alerts insurance season risk risks
crimes criminal criminals correspondent correspondents veteran veterans memorial museum
`.trim().split(/\s+/);

export default words;
