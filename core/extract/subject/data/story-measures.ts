/**
 * Data, not code: the measures (frame measure ids) that count what one incident did to people:
 * the dead, the hurt and the missing, the displaced, evacuated, trapped and rescued, the buried,
 * those on board and the crew; the size of a crowd (a march's or a rally's, the story's gathering). In a report of one event, such a count that names no other event and no place
 * of its own is the story's (frame-story-steps.ts STORY_NAMES_STEP). A count of one group of them
 * ("killed.child") is a part and is not listed; nor are bodies, most often counted as found in one
 * search ("after nine bodies were recovered"), a part of the toll.
 */
const STORY_MEASURES: readonly string[] = [
  "killed", "injured", "casualty", "missing", "killed-or-missing", "displaced", "evacuated",
  "rescued", "trapped", "buried", "survivor", "passenger", "aboard", "crew", "crowd",
];

export default STORY_MEASURES;
