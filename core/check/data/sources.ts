/**
 * Who a figure is attributed to, as data for core/check/frame/source.ts: the nouns that name a
 * source of figures in news ("police said", "according to hospital officials", "local media was
 * reporting"), each mapped to the kind of source it is, and the words that attribute.
 */
export const SOURCE_NOUNS: Readonly<Record<string, string>> = {
  police: "police", policeman: "police", "police officials": "police",
  official: "officials", officials: "officials", "official figures": "officials", authorities: "officials", authority: "officials",
  administration: "officials", government: "government", ministry: "ministry", minister: "minister", governor: "governor", mayor: "mayor",
  military: "military", army: "military", troops: "military", pentagon: "military", nato: "NATO", coalition: "coalition",
  hospital: "hospital", hospitals: "hospital", doctor: "doctors", doctors: "doctors", surgeon: "doctors", medics: "doctors", medic: "doctors",
  "health official": "health officials", "health officials": "health officials", "health ministry": "health ministry",
  witness: "witnesses", witnesses: "witnesses", resident: "residents", residents: "residents", locals: "locals", villagers: "residents",
  media: "media", "local media": "local media", "state media": "state media", tv: "television", television: "television", radio: "radio",
  "news agency": "news agency", reuters: "Reuters", ap: "AP", afp: "AFP", "associated press": "AP",
  spokesman: "a spokesperson", spokeswoman: "a spokesperson", spokesperson: "a spokesperson",
  "aid worker": "aid workers", "aid workers": "aid workers", "red cross": "the Red Cross", "red crescent": "the Red Crescent",
  un: "the UN", "united nations": "the UN", rescuers: "rescuers", "rescue workers": "rescuers", militants: "militants",
  consul: "a consular official", "consular official": "a consular official",
};

/** Words that say a figure is someone's: a speech verb near a source noun. */
export const ATTRIBUTING: readonly string[] = [
  "said", "says", "say", "saying", "told", "tells", "reported", "reporting", "reports", "according to", "put", "puts", "putting",
  "gave", "gives", "confirmed", "estimated", "insisted", "claimed", "counted", "quoted", "cited", "citing", "statement", "announced",
];
