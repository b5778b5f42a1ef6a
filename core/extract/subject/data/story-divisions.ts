/**
 * Data, not code: words of administrative divisions that news writes after a place's name
 * ("Jemblung Hamlet", "Banjarnegara Regency", "Boda upazila", "Khalapur tehsil") or before it
 * ("Dusun Jemblung"): the name is the place, the word only says what kind of place it is. One
 * outlet copies an official release ("Jemblung Hamlet, Sampang Village, Karangkobar Sub-district,
 * Banjarnegara Regency"), another writes "Jemblung" and "Banjarnegara": one place each. So a
 * story name drops the word (story-name-words.ts) and two event places that differ only by it
 * are one (core/check/frame/event.ts). Words that are often part of a name itself ("Mexico
 * City", "Cape Town", "Shan State", "Soviet Union") are left out.
 * Kept as a TypeScript module (see events.ts for why).
 */
const divisions: readonly string[] = [
  "province", "region", "district", "sub-district", "subdistrict", "county", "prefecture", "governorate", "municipality",
  "regency", "village", "hamlet", "township", "upazila", "tehsil", "taluka", "taluk", "mandal", "barangay", "oblast",
  "raion", "borough", "parish", "commune", "kabupaten", "kecamatan", "kelurahan", "desa", "dusun",
];

export default divisions;
