/**
 * Data, not code: words by which a report says two of its figures for one thing differ, without
 * saying which it stands by (core/check/rules/internal-told-differ.ts). "There were conflicting
 * reports over the death toll, with Egyptian state TV reporting as many as 20 people killed"
 * (France 24 on the Cairo Ramses station fire, 2019); "at least 15 people confirmed dead ...
 * though the health ministry reported a higher toll" (on the Baghdad Tayaran Square bombing, 2021).
 */
export const TOLD_DIFFER = /\bconflicting\s+(?:reports|figures|tolls|accounts|numbers|counts|casualty\s+figures)\b|\b(?:reported|gave|put|cited|reporting|giving)\s+(?:a|an)\s+(?:higher|lower|different)\s+(?:death\s+)?(?:toll|figure|count|number|tally)\b|\b(?:figures|tolls|counts|accounts|numbers)\s+(?:differ|differed|vary|varied|varies)\b/iu;
