/**
 * A small gazetteer: the world's countries, the regions and cities this beat writes about, and
 * the demonyms that turn "Syrian refugees" into a group and "the Syrian war" into a place.
 * Names map to one canonical slug so "Türkiye", "Turkey" and "Turkish" meet. Capitalized names
 * that are not here still become places after "in" (see place.ts); this list is what makes a
 * place certain enough to read from a demonym or a host verb.
 */

const COUNTRIES = `afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil
brunei bulgaria burkina-faso burundi cambodia cameroon canada cape-verde central-african-republic chad chile china colombia comoros congo
costa-rica croatia cuba cyprus czechia denmark djibouti dominica dominican-republic ecuador egypt el-salvador eritrea estonia
equatorial-guinea eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada guatemala guinea
guinea-bissau guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein
lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico moldova
monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal netherlands new-zealand nicaragua
niger nigeria north-korea north-macedonia norway oman pakistan palau palestine panama papua-new-guinea paraguay peru
philippines poland portugal qatar romania russia rwanda samoa san-marino saudi-arabia senegal serbia
seychelles sierra-leone singapore slovakia slovenia somalia south-africa south-korea south-sudan spain
solomon-islands sri-lanka sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand timor-leste togo tonga trinidad-and-tobago tunisia
turkey turkmenistan tuvalu uganda ukraine united-arab-emirates united-kingdom united-states uruguay
uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe`;

/** Regions, provinces and cities, canonical slug first. */
const REGIONS = `idlib aleppo afrin azaz jarabulus manbij kobani raqqa hasakah qamishli deir-ez-zor latakia tartus
homs hama daraa damascus golan tal-abyad ras-al-ayn al-bab northern-iraq kurdistan-region sinjar mosul erbil
kirkuk baghdad basra ankara istanbul izmir gaziantep hatay sanliurfa kilis diyarbakir mersin adana beirut
tehran moscow kyiv kiev washington brussels paris london berlin geneva astana sochi doha riyadh cairo amman
gaza west-bank jerusalem tel-aviv europe middle-east africa asia mediterranean crimea donbas kharkiv`;

const ALIASES: Record<string, string> = {
  "türkiye": "turkey", "turkiye": "turkey", "us": "united-states", "u.s.": "united-states", "u.s": "united-states",
  "usa": "united-states", "america": "united-states", "united states": "united-states", "the united states": "united-states",
  "uk": "united-kingdom", "u.k.": "united-kingdom", "britain": "united-kingdom", "great britain": "united-kingdom",
  "united kingdom": "united-kingdom", "uae": "united-arab-emirates", "hasaka": "hasakah", "al-hasakah": "hasakah",
  "hasakeh": "hasakah", "deir ez-zor": "deir-ez-zor", "deir ezzor": "deir-ez-zor", "deir el-zor": "deir-ez-zor",
  "ar-raqqa": "raqqa", "rakka": "raqqa", "jarablus": "jarabulus", "kobane": "kobani", "ain al-arab": "kobani",
  "kiev": "kyiv", "the gaza strip": "gaza", "gaza strip": "gaza", "burma": "myanmar", "holland": "netherlands",
  "czech republic": "czechia", "ivory coast": "cote-divoire", "kurdistan region": "kurdistan-region",
};

/** Demonym -> place slug. Groups without a state ("Kurdish") map to a group only (see GROUP_ONLY). */
const DEMONYMS: Record<string, string> = {
  syrian: "syria", turkish: "turkey", lebanese: "lebanon", iraqi: "iraq", iranian: "iran", russian: "russia",
  american: "united-states", british: "united-kingdom", israeli: "israel", palestinian: "palestine",
  jordanian: "jordan", egyptian: "egypt", saudi: "saudi-arabia", afghan: "afghanistan", ukrainian: "ukraine",
  german: "germany", french: "france", italian: "italy", greek: "greece", chinese: "china", indian: "india",
  pakistani: "pakistan", libyan: "libya", yemeni: "yemen", sudanese: "sudan", somali: "somalia",
  armenian: "armenia", azerbaijani: "azerbaijan", georgian: "georgia", qatari: "qatar", emirati: "united-arab-emirates",
  european: "europe", african: "africa", venezuelan: "venezuela", mexican: "mexico", cuban: "cuba",
  eritrean: "eritrea", ethiopian: "ethiopia", nigerian: "nigeria", polish: "poland", hungarian: "hungary",
  spanish: "spain", dutch: "netherlands", swedish: "sweden", austrian: "austria", japanese: "japan",
  korean: "south-korea", bangladeshi: "bangladesh", rohingya: "myanmar", congolese: "congo",
};

/** Peoples without a state of their own in the gazetteer: a group, never a place. */
const GROUP_ONLY = new Set(["kurdish", "kurd", "arab", "yazidi", "uyghur", "alawite", "druze", "turkmen", "assyrian", "sunni", "shia", "christian", "muslim", "jewish"]);

const PLACES = new Map<string, string>();
for (const slug of `${COUNTRIES} ${REGIONS}`.split(/\s+/).filter(Boolean)) PLACES.set(slug.replace(/-/g, " "), slug);
for (const [alias, slug] of Object.entries(ALIASES)) PLACES.set(alias, slug);

const PLACE_BY_DEMONYM = new Map<string, string>();
for (const [demonym, place] of Object.entries(DEMONYMS)) {
  PLACE_BY_DEMONYM.set(demonym, place);
  PLACE_BY_DEMONYM.set(`${demonym}s`, place);
}

/** Longest name in the gazetteer, in words: how far a reader needs to look ahead. */
export const MAX_PLACE_WORDS = 3;

/**
 * The canonical slug of a gazetteer place, or null.
 * @example knownPlace("Türkiye") // "turkey"
 */
export function knownPlace(name: string): string | null {
  if (!/^\p{Lu}/u.test(name.trim().replace(/^the\s+/i, ""))) return null; // "us" is a pronoun, "US" a country
  const key = name.trim().toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, " ");
  return PLACES.get(key) ?? PLACES.get(key.replace(/^the /, "")) ?? PLACES.get(key.replace(/-/g, " ")) ?? null;
}

/**
 * The place a demonym names ("Syrian" -> "syria"), or null.
 * @example demonymPlace("Syrians") // "syria"
 */
export function demonymPlace(word: string): string | null {
  return PLACE_BY_DEMONYM.get(word.toLowerCase()) ?? null;
}

/**
 * The group slug of a demonym or people name ("Syrians" -> "syrian", "Kurdish" -> "kurdish"), or null.
 * @example demonymGroup("Syrians") // "syrian"
 */
export function demonymGroup(word: string): string | null {
  const lower = word.toLowerCase();
  if (DEMONYMS[lower] || GROUP_ONLY.has(lower)) return lower;
  const singular = lower.endsWith("s") ? lower.slice(0, -1) : lower;
  if (DEMONYMS[singular] || GROUP_ONLY.has(singular)) return singular === "kurd" ? "kurdish" : singular;
  return null;
}

/**
 * The demonym of a place, for "refugees from Syria" -> group "syrian". Null when the gazetteer has none.
 * @example groupOfPlace("syria") // "syrian"
 */
export function groupOfPlace(place: string): string | null {
  for (const [demonym, slug] of Object.entries(DEMONYMS)) if (slug === place) return demonym;
  return null;
}
