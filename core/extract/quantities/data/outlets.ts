/**
 * Where an outlet publishes, for the currency a bare "$", "c" or "Rs" means and whether its
 * "tons" are metric. Data, lowercase; matched against the article's `source` and `url` host.
 * A plain TS module rather than JSON: the bundlers of the bench and the Lambda build cannot
 * parse import attributes.
 */

/** Country code -> what the country's press means by a bare sign or word. */
export interface Conventions {
  /** "$" and "dollars" without a country. */
  dollar?: string;
  /** "c", "cents" without a sign before. */
  cent?: string;
  /** "Rs", "rupees" without a country. */
  rupee?: string;
  /** "tons" without "short" or "metric": metric tonnes where the outlet means them. */
  metricTons?: boolean;
  /** A capital letter glued to an amount as the local currency: South African "R18.93", Nigerian "N617". */
  letter?: { letter: string; currency: string };
  /** More such signs, one or more letters each: Kenyan "Sh31.95" and "KSh", Philippine "P1,871". */
  letters?: Array<{ letter: string; currency: string }>;
  /** "tons" stay short tons even where the text is set abroad or weighs a crop (metric-tons.ts): the American press. */
  shortTons?: boolean;
  /** The scale a bare "degrees" is in: Fahrenheit in the US press (and AP copy), Celsius elsewhere. */
  degrees?: "C" | "F";
}

export const COUNTRIES: Record<string, Conventions> = {
  au: { dollar: "AUD", cent: "AUD", metricTons: true, degrees: "C" },
  nz: { dollar: "NZD", cent: "NZD", metricTons: true, degrees: "C" },
  ca: { dollar: "CAD", cent: "CAD", metricTons: true, degrees: "C" },
  sg: { dollar: "SGD", cent: "SGD", metricTons: true, degrees: "C" },
  hk: { dollar: "HKD", cent: "HKD", metricTons: true, degrees: "C" },
  my: { cent: "MYR", metricTons: true, degrees: "C" },
  pk: { rupee: "PKR", metricTons: true, degrees: "C" },
  lk: { rupee: "LKR", metricTons: true, degrees: "C" },
  in: { rupee: "INR", metricTons: true, degrees: "C" },
  za: { letter: { letter: "R", currency: "ZAR" }, cent: "ZAR", metricTons: true, degrees: "C" },
  ng: { letter: { letter: "N", currency: "NGN" }, metricTons: true, degrees: "C" },
  kr: { letter: { letter: "W", currency: "KRW" }, metricTons: true, degrees: "C" },
  // Short tons are American: everywhere else "tons" of grain, cement or rice are metric tonnes.
  us: { degrees: "F", shortTons: true },
  id: { metricTons: true, degrees: "C" },
  // The euro area: "cents" alone are euro cents ("a litre of diesel is expected to increase by 2 cents").
  pt: { cent: "EUR", metricTons: true, degrees: "C" },
  ie: { cent: "EUR", metricTons: true, degrees: "C" },
  es: { cent: "EUR", metricTons: true, degrees: "C" },
  gr: { cent: "EUR", metricTons: true, degrees: "C" },
  cy: { cent: "EUR", metricTons: true, degrees: "C" },
  mt: { cent: "EUR", metricTons: true, degrees: "C" },
  fi: { cent: "EUR", metricTons: true, degrees: "C" },
};

/** Host endings that name the country (the outlet's own domain, not a wire it reprints). */
export const COUNTRY_HOSTS: Array<[suffix: string, country: string]> = [
  [".au", "au"], [".nz", "nz"], [".ca", "ca"], [".sg", "sg"], [".hk", "hk"], [".my", "my"], [".pk", "pk"], [".lk", "lk"], [".in", "in"],
  [".za", "za"], [".ng", "ng"], [".kr", "kr"], [".id", "id"],
  [".pt", "pt"], [".ie", "ie"], [".es", "es"], [".gr", "gr"], [".cy", "cy"], [".mt", "mt"], [".fi", "fi"],
];

/**
 * National outlets and wires by country: names as written in a byline or source line, and
 * hosts without a country ending. Major outlets only; a newsroom adds its own.
 */
export const OUTLETS: Record<string, string[]> = {
  us: [
    "ap news", "apnews.com", "new york times", "nytimes.com", "washington post", "washingtonpost.com", "usa today",
    "usatoday.com", "wall street journal", "wsj.com", "los angeles times", "latimes.com", "chicago tribune", "npr",
    "cbs news", "nbc news", "fox news", "cnn", "weather.com", "accuweather", "boston globe", "houston chronicle",
  ],
  au: [
    "australian financial review", "afr.com", "the australian", "sydney morning herald", "smh.com.au", "the age",
    "abc news (australia)", "abc.net.au", "australian associated press", "aap", "herald sun", "courier-mail",
    "the west australian", "canberra times", "sbs news", "news.com.au", "guardian australia", "crikey", "stockhead",
    "business news australia", "mining monthly", "queensland country life", "the examiner (launceston)",
  ],
  nz: [
    "new zealand herald", "nz herald", "radio new zealand", "rnz", "stuff.co.nz", "otago daily times", "businessdesk", "the spinoff",
    "scoop", "scoop.co.nz", "newsroom.co.nz", "newstalk zb", "the press (christchurch)", "waikato times", "the post (wellington)",
  ],
  ca: [
    "canadian press", "cbc news", "ctv news", "globe and mail", "theglobeandmail.com", "national post", "nationalpost.com",
    "toronto star", "thestar.com", "financial post", "financialpost.com", "global news", "postmedia", "montreal gazette",
    "vancouver sun", "calgary herald", "edmonton journal", "ottawa citizen", "winnipeg free press", "bnn bloomberg",
  ],
  sg: ["straits times", "straitstimes.com", "business times (singapore)", "channel newsasia", "cna", "todayonline.com"],
  hk: ["south china morning post", "scmp", "scmp.com", "the standard (hong kong)", "rthk", "hong kong free press", "hongkongfp.com"],
  my: [
    "the edge malaysia", "theedgemalaysia.com", "the star (malaysia)", "malay mail", "malaymail.com", "new straits times",
    "nst.com.my", "bernama", "free malaysia today", "freemalaysiatoday.com", "malaysiakini", "the sun daily", "thesun.my",
  ],
  pk: [
    "dawn", "dawn.com", "business recorder", "brecorder.com", "express tribune", "tribune.com.pk", "the news international",
    "thenews.com.pk", "geo news", "geo.tv", "ary news", "arynews.tv", "pakistan today", "associated press of pakistan",
    "24 news hd", "24newshd.tv", "samaa", "samaa.tv", "dunya news", "dunyanews.tv", "the nation (pakistan)", "nation.com.pk", "propakistani",
  ],
  za: [
    "news24", "news24.com", "daily maverick", "dailymaverick.co.za", "business day", "businesslive", "mail & guardian",
    "sunday times (south africa)", "timeslive", "iol", "the citizen (south africa)", "moneyweb", "fin24", "eyewitness news",
    "ewn", "sabc news", "south african press association", "sapa", "african news agency", "engineering news", "mining weekly",
    "sanews", "sanews.gov.za", "south african government news agency", "businesstech", "mybroadband", "the south african", "thesouthafrican.com",
  ],
  ng: [
    "punch", "punchng.com", "the punch", "vanguard", "vanguardngr.com", "guardian nigeria", "guardian.ng", "premium times",
    "premiumtimesng.com", "thisday", "thisdaylive.com", "daily trust", "dailytrust.com", "the nation (nigeria)",
    "thenationonlineng.net", "businessday (nigeria)", "businessday.ng", "nairametrics", "channels television",
    "channels tv", "sahara reporters", "leadership (nigeria)", "news agency of nigeria", "tribune online",
  ],
  kr: [
    "korea herald", "koreaherald.com", "korea times", "koreatimes", "korea joongang daily", "joongang daily", "yonhap",
    "yonhap news agency", "chosun ilbo", "businesskorea", "the korea economic daily", "maeil business",
  ],
  ke: [
    "nation africa", "nation.africa", "daily nation", "business daily africa", "businessdailyafrica.com", "the standard (kenya)",
    "standardmedia.co.ke", "the star (kenya)", "the-star.co.ke", "capital fm", "citizen digital", "the east african", "theeastafrican.co.ke",
  ],
  ph: [
    "inquirer", "philippine daily inquirer", "inquirer.net", "philstar", "the philippine star", "philstar.com", "manila bulletin",
    "businessworld", "bworldonline.com", "rappler", "rappler.com", "gma news", "gmanetwork.com", "abs-cbn", "abs-cbn.com",
    "manila times", "manilatimes.net", "philippine news agency", "manila standard", "businessmirror", "businessmirror.com.ph", "sunstar",
  ],
  gh: ["graphic online", "graphic.com.gh", "daily graphic", "myjoyonline", "myjoyonline.com", "citi newsroom", "citinewsroom.com", "ghana news agency"],
  ug: ["daily monitor", "monitor.co.ug", "new vision", "newvision.co.ug"],
  tz: ["ippmedia", "ippmedia.com", "thecitizen.co.tz", "dailynews.co.tz"],
  pt: ["the portugal news", "theportugalnews.com", "portugal resident", "portugalresident.com", "lusa"],
  ie: [
    "irish times", "irishtimes.com", "irish independent", "rte", "rte news", "thejournal.ie", "irish examiner", "irishexaminer.com",
    "business post", "businesspost.ie", "breakingnews.ie",
  ],
  es: ["el país", "el pais", "elpais.com", "sur in english", "surinenglish.com", "the olive press", "theolivepress.es"],
  gr: ["ekathimerini", "ekathimerini.com", "kathimerini", "greek reporter", "greekreporter.com"],
  cy: ["cyprus mail", "cyprus-mail.com", "in-cyprus", "in-cyprus.philenews.com"],
  mt: ["times of malta", "timesofmalta.com", "malta today", "maltatoday.com.mt", "malta independent"],
  lk: ["daily mirror (sri lanka)", "dailymirror.lk", "daily ft", "economynext", "economynext.com"],
  in: [
    "times of india", "timesofindia", "hindustan times", "the hindu", "thehindu.com", "indian express", "economic times",
    "business standard", "business today", "livemint", "mint", "press trust of india", "pti", "ians", "ndtv", "dna india",
  ],
};

/**
 * Wires that write for the whole world: when the source line names one as the author ("Daily
 * Maverick (Bloomberg)"), its conventions win over the reprinting outlet's: a Reuters "$" is the
 * US dollar even in a Sydney paper. The wires' "tons" of grain and metal are metric tons (AP's stay short tons).
 */
export const GLOBAL_WIRES: Record<string, Conventions> = {
  // AP style gives Fahrenheit first, wherever the story is.
  reuters: { metricTons: true }, bloomberg: { metricTons: true }, "associated press": { degrees: "F", shortTons: true }, ap: { degrees: "F", shortTons: true },
  afp: { metricTons: true }, "agence france-presse": { metricTons: true }, xinhua: { metricTons: true }, "dow jones": {}, "s&p global": { metricTons: true }, "platts": { metricTons: true }, "argus": { metricTons: true },
};
