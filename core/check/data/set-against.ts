/**
 * Data, not code: a sentence's opening that points back at the figure just told and compares it
 * with another (core/check/frame/set-against.ts). "This figure is more than double the official
 * death toll of 56" (Nzérékoré stadium crush, 2024, a rights collective's 135 against the
 * government's 56); "This figure significantly surpasses the official death toll of 56".
 */

const POINTER = String.raw`(?:this|that|the|their|its|the\s+new|the\s+latest)\s+(?:figure|number|toll|estimate|count|tally|total)`;
const COMPARED = String.raw`(?:(?:more|less|higher|lower|greater|fewer|larger|smaller|bigger)\s+than|double|twice|triple|three\s+times|surpass(?:es|ed)?|exceed(?:s|ed)?|outstrip(?:s|ped)?|dwarf(?:s|ed)?|compared\s+(?:with|to)|against|contradict(?:s|ed)?|at\s+odds\s+with|differs?\s+from|well\s+(?:above|below)|above|below)`;

/** The pointer at the sentence's start, then a comparison before the figure it is set against. */
export const SET_AGAINST = new RegExp(String.raw`^[\s"“‘']*${POINTER}\b[^.;]*?\b${COMPARED}\b`, "iu");
