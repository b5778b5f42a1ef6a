/**
 * How local papers write their currency before the amount when the sign is a letter or two that
 * other countries use too: Kenya's, Tanzania's and Uganda's "Sh", the Philippines' and Botswana's
 * "P", Zambia's, Malawi's and Myanmar's "K". With the signs ICU gives (core/units/data/iso4217.ts),
 * plus the shorthand the press uses that ICU lacks. `places` are the words besides the country's
 * name and adjective (those come from the ISO table) that tell a story is set there: capitals,
 * big cities, regions, the people, the exchange and central bank. Data, not rules: a newsroom adds
 * its country here.
 */
export interface LocalSigns {
  /** Signs glued to (or one space before) the amount, as written. */
  signs: string[];
  /** Words that put a story in the country, matched as whole words, case-sensitive. */
  places: string[];
}

export const LOCAL_SIGNS: Record<string, LocalSigns> = {
  KES: { signs: ["Sh", "Shs", "sh", "shs", "KSh", "KShs", "Ksh", "Kshs"], places: ["Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret", "Kenyans", "Central Bank of Kenya"] },
  TZS: { signs: ["Sh", "Shs", "sh", "shs", "TSh", "Tsh", "TShs"], places: ["Dar es Salaam", "Dodoma", "Arusha", "Zanzibar", "Mwanza", "Tanzanians"] },
  UGX: { signs: ["Sh", "Shs", "sh", "shs", "USh", "Ush", "UShs"], places: ["Kampala", "Entebbe", "Gulu", "Ugandans"] },
  SOS: { signs: ["Sh", "SoSh"], places: ["Mogadishu", "Hargeisa", "Somalis"] },
  PHP: { signs: ["P", "Php", "PHP"], places: ["Manila", "Metro Manila", "Quezon City", "Makati", "Cebu", "Davao", "Luzon", "Mindanao", "Visayas", "Negros", "Bacolod", "Iloilo", "Cagayan de Oro", "Baguio", "Filipino", "Filipinos", "PSEi", "Bangko Sentral", "BSP", "Pilipinas"] },
  BWP: { signs: ["P"], places: ["Gaborone", "Francistown", "Motswana", "Batswana"] },
  NGN: { signs: ["N"], places: ["Lagos", "Abuja", "Kano", "Port Harcourt", "Ibadan", "Nigerians", "CBN", "NGX"] },
  ZAR: { signs: ["R"], places: ["Johannesburg", "Pretoria", "Cape Town", "Durban", "Soweto", "Gauteng", "Eskom", "JSE", "SARB"] },
  ZMW: { signs: ["K", "ZK"], places: ["Lusaka", "Ndola", "Kitwe", "Zambians"] },
  MWK: { signs: ["K", "MK"], places: ["Lilongwe", "Blantyre", "Malawians"] },
  PGK: { signs: ["K"], places: ["Port Moresby", "PNG"] },
  MMK: { signs: ["K", "Ks"], places: ["Yangon", "Naypyidaw", "Naypyitaw", "Mandalay", "Burma", "Burmese"] },
  GHS: { signs: ["GH¢", "GHC", "Gh¢", "GH₵"], places: ["Accra", "Kumasi", "Ghanaians"] },
  SLE: { signs: ["Le", "NLe"], places: ["Freetown", "Sierra Leoneans"] },
  ETB: { signs: ["Br", "Birr"], places: ["Addis Ababa", "Ethiopians"] },
  GMD: { signs: ["D"], places: ["Banjul", "Gambians"] },
  GTQ: { signs: ["Q"], places: ["Guatemala City", "Guatemalans"] },
  HNL: { signs: ["L"], places: ["Tegucigalpa", "San Pedro Sula", "Hondurans"] },
  PEN: { signs: ["S/", "S/."], places: ["Lima", "Peruvians"] },
  RWF: { signs: ["Frw", "RWF", "Rwf"], places: ["Kigali", "Rwandans"] },
  // "Rs" is read as the rupee of the country named (currency-country.ts); Nepal's own shorthand is "NRs".
  NPR: { signs: ["NRs"], places: ["Kathmandu", "Nepali", "Nepalis"] },
  NAD: { signs: ["N$"], places: ["Windhoek", "Namibians"] },
  JMD: { signs: ["J$"], places: ["Kingston", "Jamaicans"] },
  TTD: { signs: ["TT$"], places: ["Port of Spain", "Trinidadians"] },
};
