/** The number reader: every number in a text, as written, with the precision it was written with. */
export { readNumbers } from "./read.js";
export type { NumberReading } from "./reading.js";
export { integerStep, times } from "./reading.js";
export { nextWord, type Word } from "./word-cursor.js";
export { DECADE_WORDS } from "./words.js";
