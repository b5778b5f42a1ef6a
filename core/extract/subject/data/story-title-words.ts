/**
 * Data, not code: words of four letters or more that a headline in title case may keep in lower
 * case (prepositions, conjunctions, "than", "that"), as style guides do ("Death Toll from China
 * Quake Rises", "Crowd Surge Leaves 8 Dead at Travis Scott Show"). Any other lowercase word of
 * that length, twice in a sentence, says it is no title (capitalised-words.ts isTitleCase).
 * Kept as a TypeScript module (see events.ts for why).
 */
const words: readonly string[] = `
from with into onto over upon than that about above after among amid amidst before behind below beneath beside
between beyond during despite near since through throughout till toward towards under until unto versus
when where while within without against along across around like past plus than then this those these their
`.trim().split(/\s+/);

export default words;
