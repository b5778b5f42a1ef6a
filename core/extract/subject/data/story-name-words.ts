import sites from "./story-sites.js";

/**
 * Data, not code: capitalised words that are no distinctive name of a story (story-names.ts).
 * Function words and title-case headline words, titles and offices, officials and institutions,
 * news outlets and social networks, holidays and seasons, a storm's grade ("Super Typhoon Haiyan", "Severe Tropical Storm"), compass words, administrative divisions and
 * features of the land and built sites ("Cianjur Regency" is Cianjur, "Awaji Island" Awaji, "Jammu-Srinagar National Highway"
 * no "Highway"; story-sites.ts). Months, weekdays, countries, demonyms and
 * every place the gazetteer knows are excluded in code (they come from their own tables): a
 * country or a known city is shared by many events a week apart.
 * Kept as a TypeScript module (not a .json import) because the Lambda bundler's esbuild
 * cannot parse import attributes (`with { type: "json" }`).
 */
const words: readonly string[] = `
a an the and or but nor of in on at to for from by with as into onto over after before during amid near
up down off out about against across along among around behind below beneath beside between beyond
than then that this these those there here it its his her their our your my we you they he she i
is are was were be been being has have had do does did will would can could may might must shall should
not no yes all any some many more most several few each every other another such only also just still
new old first second third last next top latest breaking update updated live exclusive watch video photos
says said say tells told reports reported report confirms confirmed warns warned adds added
dead death deaths toll killed kills kill dies died injured injures wounded hurt missing victims victim
rises rise rose climbs climbed jumps jumped hits hit reaches reached soars soared stands stood
people person men women children man woman child families family fans crowd crowds survivors residents
police officials official authorities authority government ministry minister ministers president
premier prime chancellor king queen prince princess pope sheikh emir governor mayor chief head
deputy spokesman spokeswoman spokesperson director secretary commissioner general colonel captain
lieutenant sergeant officer inspector superintendent senator congressman representative judge justice
mr mrs ms dr sir lord lady dame st saint rev father mother brother sister
department agency office bureau council committee commission parliament congress senate assembly
army navy military forces force guard hospital hospitals health interior defence defense security
emergency rescue fire disaster national federal state provincial regional district county city
province region village town capital regency prefecture municipality governorate oblast borough parish
township subdistrict peninsula island islands coast bay gulf sea ocean river lake valley mount day north south east west northern southern eastern western central
northeast northwest southeast southwest upper lower greater
university school church mosque temple stadium arena airport station street road bridge
mall club disco nightclub market bazaar hall centre center hotel plaza tower building camp
associated press reuters afp ap bbc cnn nbc abc cbs fox sky al jazeera xinhua dpa efe ani pti ians
times post news herald guardian telegraph independent journal tribune daily weekly gazette observer
chronicle express mail mirror sun standard star globe review today network radio tv television agency
international world global media online wire instagram facebook twitter youtube tiktok telegram whatsapp
richter
super tropical severe cyclonic
christmas easter ramadan eid diwali hanukkah passover thanksgiving halloween new year eve
spring summer autumn fall winter
god allah jesus
`.trim().split(/\s+/).concat(sites);

export default words;
