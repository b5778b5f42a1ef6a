import { getUnit } from "../../units/index.js";
import { mark, type Candidate } from "./candidate.js";

/**
 * Words of the weather, not of heat in general: "highs", "lows", "temperatures", "heat index". A
 * single "the temperature" may be a room's or a thermostat's ("set the temperature to 100 degrees").
 */
const WEATHER = /\b(?:temperatures|highs?|lows?|heat[ \t]index|forecast|weather|the[ \t]mercury|thermometers?|wind[ \t]chills?)\b/i;

function weatherAround(text: string, c: Candidate): boolean {
  return WEATHER.test(text.slice(Math.max(0, c.start - 120), Math.min(text.length, c.end + 120)));
}

/**
 * "Highs of 31C on Monday ... then 24 degrees by Friday": a story that writes its temperatures in
 * one scale means that scale by a bare "degrees" too; a conversion in brackets ("31C (88F)")
 * does not count. When the text names both scales outside brackets or neither, the bare degrees stay unscaled here; the outlet's
 * convention may still settle them (locale.ts).
 * @example degreeScale("31C on Monday, 24 degrees on Friday", live) // 24 degrees -> C
 */
export function degreeScale(text: string, live: Candidate[]): void {
  let bare = false;
  let scale: string | undefined;
  let mixed = false;
  for (const c of live) {
    if (c.dropped || c.unit?.dimension !== "temperature") continue;
    const id = c.unit.id;
    if (id === "deg") bare = true;
    // "1.1ºC (2ºF)": the bracketed figure converts the one before it; the story's scale is the first.
    else if ((id === "C" || id === "F") && text[c.start - 1] !== "(") {
      if (scale && scale !== id) mixed = true;
      scale = id;
    }
  }
  // "highs around 89 degrees", "lows down to 74 degrees": no air on Earth reaches 60 degrees Celsius, so
  // a bare weather reading from 60 to 135 is Fahrenheit, and so are the story's other bare degrees.
  if (bare && !scale && live.some((c) => !c.dropped && c.unit?.id === "deg" && c.value >= 60 && c.value <= 135 && weatherAround(text, c))) scale = "F";
  if (!bare || !scale || mixed) return;
  const unit = getUnit(scale);
  if (!unit) return;
  for (const c of live) {
    if (c.dropped || c.unit?.id !== "deg") continue;
    c.unit = unit;
    mark(c, "degree-scale");
  }
}
