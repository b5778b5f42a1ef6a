/**
 * A realistic newsroom archive (issue 15): wire-style reports in which measures are shared by
 * every story (killed, injured, refugees, percentages), attacks and earthquakes recur in the
 * same cities on different dates, several outlets report one event on its day and the next, and
 * cities, countries and subjects follow a Zipf-like spread (a few busy, a long tail). The prose
 * is written for the REAL extractor to read: the frames (measure, places, event and its date)
 * come from extraction, the generator only knows which event each article reports, so the bench
 * can count findings raised between distinct events (which must be none).
 * Deterministic per (index, variant, seed): the load generator rebuilds any article by number.
 */
import { prng } from "./prng.mjs";

export const NEWSROOM_SEED = 20261204;
/** Articles published per day: an archive of n articles spans n / 20 days, as a newsroom's grows. */
export const PER_DAY = 20;
/** Distinct events (attacks, earthquakes) per day, each reported by several articles. */
const EVENTS_PER_DAY = 4;
const START = Date.UTC(2016, 0, 4);

/** Cities the extractor's gazetteer knows, with their country, busiest first (Zipf ranks). */
const CITIES = `Baghdad:Iraq Kabul:Afghanistan Mogadishu:Somalia Mosul:Iraq Damascus:Syria Aleppo:Syria Karachi:Pakistan
Peshawar:Pakistan Kandahar:Afghanistan Maiduguri:Nigeria Sanaa:Yemen Aden:Yemen Kharkiv:Ukraine Kyiv:Ukraine Tripoli:Libya
Basra:Iraq Homs:Syria Herat:Afghanistan Lahore:Pakistan Beirut:Lebanon Khartoum:Sudan Kano:Nigeria Odesa:Ukraine
Istanbul:Turkey Ankara:Turkey Cairo:Egypt Nairobi:Kenya Bamako:Mali Manila:Philippines Yangon:Myanmar`
  .split(/\s+/).map((pair) => { const [city, country] = pair.split(":"); return { city, country }; });

/** Hosts of refugee populations, with the group they host and a level in millions in 2016. */
const HOSTS = [
  ["Turkey", "Syrian", 2.8], ["Lebanon", "Syrian", 1.0], ["Jordan", "Syrian", 0.65], ["Pakistan", "Afghan", 1.4],
  ["Iran", "Afghan", 0.95], ["Germany", "Syrian", 0.5], ["Uganda", "South Sudanese", 0.9], ["Bangladesh", "Rohingya", 0.9],
  ["Colombia", "Venezuelan", 0.3], ["Poland", "Ukrainian", 0.2],
];
/** Countries with monthly rates, and the rate's level. */
const RATES = [["unemployment", 6], ["inflation", 3]];
const RATE_COUNTRIES = `France Germany Italy Spain Turkey Egypt Brazil Mexico India Japan Poland Greece`.split(/\s+/);

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const OUTLETS = ["Wire Service", "Daily Courier", "Evening Post", "Regional Herald", "Public Radio", "Morning Star", "City Desk"];

/** Rank r (0-based) of n, drawn with weight 1/(r+1): a few busy, a long tail. */
function zipf(rand, n) {
  let total = 0;
  for (let r = 1; r <= n; r++) total += 1 / r;
  let x = rand.next() * total;
  for (let r = 1; r <= n; r++) {
    x -= 1 / r;
    if (x <= 0) return r - 1;
  }
  return n - 1;
}

const isoDay = (day) => new Date(START + day * 86_400_000).toISOString().slice(0, 10);
const weekday = (day) => WEEKDAYS[new Date(START + day * 86_400_000).getUTCDay()];
const monthOf = (day) => MONTHS[new Date(START + day * 86_400_000).getUTCMonth()];

/**
 * The events of one day: kind, city, and true tolls. Cities are distinct within a day: two
 * attacks in one city on one day, told in the same words, could not be told apart by anyone;
 * the same city's events on different days are what the archive must keep apart.
 */
function eventsOfDay(day, seed) {
  const rand = prng((seed ^ Math.imul(day + 1, 2654435761)) >>> 0);
  const taken = new Set();
  return Array.from({ length: EVENTS_PER_DAY }, (_, slot) => {
    let rank = zipf(rand, CITIES.length);
    while (taken.has(rank)) rank = (rank + 1) % CITIES.length;
    taken.add(rank);
    const quake = rand.chance(0.15);
    const killed = quake ? rand.int(3, 300) : rand.int(2, 60);
    return { id: `${day}-${slot}`, day, quake, ...CITIES[rank], killed, injured: killed * rand.int(2, 5) + rand.int(0, 9) };
  });
}

/** A report's figure: most agree with the event's, some are early counts or plain errors. */
function reported(rand, value) {
  const r = rand.next();
  if (r < 0.7) return value;
  if (r < 0.9) return Math.max(1, value - rand.int(1, Math.max(1, Math.round(value / 4))));
  return value + rand.int(1, 9);
}

function eventReport(event, rand, published) {
  const { city, country } = event;
  const when = published === event.day ? `on ${weekday(event.day)}` : `on ${weekday(event.day)}`;
  const killed = reported(rand, event.killed);
  const injured = reported(rand, event.injured);
  if (event.quake) {
    return [
      `A magnitude ${(5 + rand.next() * 2.5).toFixed(1)} earthquake struck ${city} ${when}, killing ${killed} people and injuring ${injured}, ${country}'s disaster agency said.`,
      rand.pick([`Rescue teams were still searching the rubble in ${city} on the following day.`, `Aftershocks were felt across ${country}.`]),
      `Officials said the toll could rise as more areas were reached.`,
    ];
  }
  const attack = rand.pick([
    `A car bomb exploded in a crowded market in ${city} ${when}, killing ${rand.pick(["", "at least "])}${killed} people and wounding ${injured} others, police said.`,
    `A suicide bomber blew himself up at a checkpoint in ${city} ${when}, killing ${killed} people and injuring ${injured}, officials said.`,
    `${rand.pick(["Gunmen", "Militants"])} attacked a police station in ${city} ${when}, killing ${killed} people and wounding ${injured}, a hospital source said.`,
  ]);
  return [
    attack,
    rand.pick([`The attack was the deadliest in ${city} since ${monthOf(event.day - 40)}.`, `No group has claimed responsibility for the bombing.`]),
    rand.pick([`${country}'s interior ministry said security would be tightened.`, `Witnesses described scenes of panic in the streets.`]),
  ];
}

function levelReport(rand, day) {
  const [host, group, base] = HOSTS[zipf(rand, HOSTS.length)];
  const years = day / 365;
  const level = base * (1 + 0.04 * years) * (0.97 + rand.next() * 0.06);
  return [
    `${host} hosts ${rand.pick(["about", "some", "nearly"])} ${level.toFixed(1)} million ${group} refugees, according to the UN refugee agency.`,
    `Aid groups say funding for the response has fallen short this year.`,
  ];
}

function rateReport(rand, day) {
  const [rate, base] = RATES[zipf(rand, RATES.length)];
  const country = RATE_COUNTRIES[zipf(rand, RATE_COUNTRIES.length)];
  const month = Math.floor(day / 30);
  const monthly = prng((month * 7919 + country.length * 31 + rate.length) >>> 0);
  const value = (base * (0.6 + monthly.next() * 0.8)).toFixed(1);
  const Rate = rate[0].toUpperCase() + rate.slice(1);
  return [
    `${Rate} in ${country} ${rand.pick(["rose to", "fell to", "stood at"])} ${value} percent in ${monthOf(day - 20)}, the statistics office said.`,
    `Economists had expected little change.`,
  ];
}

/**
 * Article `i` of the archive; `variant` re-words and re-counts the same story (another outlet's
 * report of the same event, for the posts of the API benchmark).
 * @returns {{ article: {id, source, published, body}, event: string | null, city: string | null }}
 * @example newsroomArticle(17).event // "0-2": the article reports day 0's third event
 */
export function newsroomArticle(i, { variant = 0, prefix = "n", seed = NEWSROOM_SEED } = {}) {
  const rand = prng((seed + Math.imul(i, 40503) + Math.imul(variant, 97)) >>> 0);
  const day = Math.floor(i / PER_DAY);
  const kind = rand.next();
  let paragraphs;
  let event = null;
  let city = null;
  let published = day;
  if (kind < 0.6) {
    const e = eventsOfDay(Math.max(0, day - (rand.chance(0.3) ? 1 : 0)), seed)[rand.int(0, EVENTS_PER_DAY - 1)];
    event = e.id;
    city = e.city;
    paragraphs = eventReport(e, rand, published);
  } else if (kind < 0.8) {
    paragraphs = levelReport(rand, day);
  } else {
    paragraphs = rateReport(rand, day);
  }
  const id = `${prefix}${i}${variant ? `v${variant}` : ""}`;
  return { article: { id, source: OUTLETS[(i + variant) % OUTLETS.length], published: isoDay(published), body: paragraphs.join("\n\n") }, event, city };
}
