/**
 * Data, not code: words that make a capitalised run an institution or a building, not a person
 * ("the US Treasury Department", "Nairobi Hospital"), so a date of a life is never given to it
 * (person-name.ts isPerson). Matched as whole words anywhere in the run, capitalised as written.
 * Kept as a TypeScript module (not a .json import) because the Lambda bundler's esbuild cannot
 * parse import attributes (`with { type: "json" }`).
 */
const data = {
  institutions: [
    "Department", "Ministry", "Agency", "Office", "Council", "Committee", "University", "Church", "Party", "Government", "Court",
    "Police", "Army", "News", "Times", "Post", "Service", "Commission", "Bureau", "Institute", "Association", "Hospital", "Clinic",
    "Academy", "School", "College", "Stadium", "Hotel", "Airport", "Mosque", "Cathedral", "Museum",
  ],
};

export default data;
