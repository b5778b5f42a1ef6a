/**
 * Data, not code: Organisations a count may be scoped to or attributed to: id -> names (case-sensitive when all capitals).
 * Kept as a TypeScript module (not a .json import) because the Lambda bundler's esbuild
 * cannot parse import attributes (`with { type: "json" }`).
 */
const data = {
  "_doc": "Organisations a count may be scoped to or attributed to: id -> names (case-sensitive when all capitals).",
  "organisations": {
    "un": ["United Nations", "UN", "U.N."], "unhcr": ["UNHCR", "UN refugee agency", "U.N. refugee agency"], "unicef": ["UNICEF", "Unicef"],
    "who": ["World Health Organization", "WHO"], "wfp": ["World Food Programme", "WFP"], "iom": ["International Organization for Migration", "IOM"],
    "ocha": ["OCHA", "UN Office for the Coordination of Humanitarian Affairs"], "unrwa": ["UNRWA"], "icrc": ["International Committee of the Red Cross", "ICRC", "Red Cross"],
    "msf": ["Doctors Without Borders", "Médecins Sans Frontières", "MSF"], "amnesty": ["Amnesty International", "Amnesty"], "hrw": ["Human Rights Watch", "HRW"],
    "nato": ["NATO", "Nato"], "eu": ["European Union", "EU", "E.U."], "african-union": ["African Union", "AU"], "arab-league": ["Arab League"],
    "imf": ["International Monetary Fund", "IMF"], "world-bank": ["World Bank"], "opec": ["OPEC", "Opec"], "fifa": ["FIFA", "Fifa"], "ioc": ["International Olympic Committee", "IOC"],
    "hamas": ["Hamas"], "hezbollah": ["Hezbollah", "Hizbollah"], "islamic-state": ["Islamic State", "ISIS", "ISIL", "IS", "Daesh"], "al-qaeda": ["al-Qaeda", "Al-Qaeda", "al Qaeda", "Al Qaeda"],
    "taliban": ["Taliban"], "houthis": ["Houthis", "Houthi", "Ansar Allah"], "ypg": ["YPG"], "sdf": ["SDF", "Syrian Democratic Forces"], "pkk": ["PKK"], "hts": ["HTS", "Hayat Tahrir al-Sham"],
    "wagner": ["Wagner", "Wagner Group"], "rsf": ["RSF", "Rapid Support Forces"], "al-shabab": ["al-Shabab", "Al-Shabab", "al-Shabaab", "Al-Shabaab"], "boko-haram": ["Boko Haram"],
    "idf": ["IDF", "Israel Defense Forces", "Israeli military"], "pentagon": ["Pentagon"], "fbi": ["FBI"], "cia": ["CIA"], "akp": ["AKP"], "chp": ["CHP"]
  },
  "groupsWithoutState": ["kurdish", "kurd", "arab", "yazidi", "uyghur", "alawite", "druze", "turkmen", "assyrian", "sunni", "shia", "christian", "muslim", "jewish", "tamil", "rohingya", "pashtun", "hazara", "baloch", "berber", "tuareg", "roma", "sikh", "hindu", "buddhist", "catholic", "copt", "coptic", "maasai"]
};

export default data;
