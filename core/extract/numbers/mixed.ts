import { times, type NumberReading } from "./reading.js";
import { nextWord } from "./word-cursor.js";
import { SCALE_WORDS } from "./words.js";

const MORE_DIGITS = /[ \t]{1,2}(and[ \t]{1,2})?(\d{1,3})(?![\d.,])/y;

function scaleOf(word: string | undefined): number | undefined {
  return word === "hundred" ? 100 : word ? SCALE_WORDS.get(word) : undefined;
}

/**
 * Digits and scale words mixed: "4 thousand 3 hundred and 21", "3 hundred and 21". Each added
 * group must be smaller than the scale before it; bare digits join only after "and" (1 to 99),
 * so "4 thousand 3 hundred and 0" and "4000 3 hundred" stay apart where they should.
 * @example continueMixed("4 thousand 3 hundred and 21", fourThousand).value // 4321
 */
export function continueMixed(text: string, reading: NumberReading): NumberReading {
  let out = reading;
  let last = scaleOf(/[A-Za-z]+$/.exec(text.slice(reading.start, reading.end))?.[0].toLowerCase());
  for (let k = 0; k < 4 && last !== undefined; k++) {
    MORE_DIGITS.lastIndex = out.end;
    const m = MORE_DIGITS.exec(text);
    if (!m?.[2]) break;
    const n = Number(m[2]);
    const w = nextWord(text, MORE_DIGITS.lastIndex);
    const scale = scaleOf(w?.text);
    if (scale !== undefined && scale < last && w && !m[1]) {
      out = { ...out, end: w.end, value: out.value + times(n, scale), step: Math.min(out.step, scale) };
      last = scale;
      continue;
    }
    if (m[1] && scale === undefined && n > 0 && n < 100 && last >= 100) {
      out = { ...out, end: MORE_DIGITS.lastIndex, value: out.value + n, step: 1 };
    }
    break;
  }
  return out;
}
