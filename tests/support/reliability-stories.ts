/**
 * Distinct news stories for load and fault runs: the same few subjects (so saves contend on
 * subject heads and cross-article conflicts arise), varied numbers, places and dates, and every
 * seventh story with a broken unit conversion inside it. Most stories agree with each other: the
 * conflicts are designed (see `story`), so findings grow with the run, not with its square.
 */
export interface Story {
  id: string;
  published: string;
  body: string;
}

const PLACES = ["Turkey", "Lebanon", "Jordan", "Germany", "Iraq", "Egypt"];
const CITIES = ["Istanbul", "Ankara", "Beirut", "Amman", "Baghdad", "Cairo"];
const DAYS = ["Nov. 13", "Oct. 9", "March 3", "June 21"];

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length]!;
}

/**
 * Story `i` of a run named `run` (ids stay distinct across runs sharing a store).
 * @example story("load", 3).body // "About 3.3 million Syrian refugees live in Lebanon. ..."
 */
export function story(run: string, i: number): Story {
  const p = i % PLACES.length;
  const place = PLACES[p]!;
  const year = 2019 + (i % 6);
  // Each place has its figure; every tenth story misstates it (by 0.4 million), and every tenth
  // (offset) misreports a death toll: those are the designed conflicts.
  const refugees = (3 + p / 10 + (i % 10 === 9 ? 0.4 : 0)).toFixed(1);
  const killed = 2 + p + (i % 10 === 4 ? 5 : 0);
  const sentences = [
    `About ${refugees} million Syrian refugees live in ${place}, officials said on ${pick(DAYS, i)}, ${year}.`,
    `The ${pick(DAYS, p)} attack in ${CITIES[p]} killed ${killed} people and wounded ${10 + p}.`,
    i % 7 === 3 ? "The army wants a 30-mile (18.6-mile) deep security strip along the border." : "",
    `Inflation in ${place} reached ${40 + p} percent.`,
    `Report ${run}-${i} was filed in ${2000 + (i % 20)}.`,
  ];
  return { id: `${run}-${i}`, published: `${year}-${String((i % 12) + 1).padStart(2, "0")}-15`, body: sentences.filter(Boolean).join(" ") };
}
