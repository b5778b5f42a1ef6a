/**
 * Data, not code: words that make a named thing a whole project (frame/thing-of-story.ts): its
 * cost is the cost of its main work, whatever another report calls that work ("the Xayaboury
 * Hydroelectric Power Project" cost what "the dam" cost).
 */
export const PROJECT_WORDS: readonly string[] = ["project", "scheme", "programme", "program", "development", "expansion"];
