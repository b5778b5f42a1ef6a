/**
 * Data, not code: words of a count that can only be made after a happening, of its dead, hurt,
 * missing and the people asking after them (rules/date-aftermath.ts). A count of people
 * evacuated, registered or expected can come before the happening (a storm's evacuations before
 * it makes landfall), so none of those is here.
 */
export const AFTERMATH_WORDS: readonly string[] = [
  "killed", "dead", "died", "death toll", "deaths", "bodies", "injured", "wounded", "hurt", "casualties",
  "missing", "unaccounted for", "inquire", "inquired", "inquiries", "reported missing", "rescued", "survivors",
];
