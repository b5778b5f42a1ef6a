/**
 * Data, not code: the words of places the gazetteer lacks (named-place.ts). 'areas': words after
 * a name that make it an area ("East Java province", "the Itaewon district"), dropped from its id.
 * 'notOpeners': capitalised words that open no place name ("Police in ...", "Their ...").
 * 'faiths': words of a faith or sect that, alone before a venue word, say what kind the venue is, not which ("a Shia
 * mosque in Kandahar", "a Coptic church"): no place name, so the place read is where the venue stands.
 * Kept as a TypeScript module (see events.ts for why).
 */
const data = {
  areas: [
    "province", "district", "region", "state", "county", "prefecture", "governorate", "municipality", "city", "town",
    "village", "neighbourhood", "neighborhood", "department", "oblast", "regency", "subdistrict", "sub-district", "township",
    "island", "islands", "area",
  ],
  notOpeners: [
    "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "Their", "His", "Her", "He", "She", "They", "We", "I",
    "Some", "Many", "At", "In", "On", "By", "But", "And", "Police", "Official", "Officials", "Authorities", "President",
    "Prime", "Minister", "Governor", "Mr", "Mrs", "Ms", "Dr",
  ],
  faiths: [
    "Shia", "Shiite", "Shi'ite", "Sunni", "Sufi", "Ahmadi", "Alawite", "Catholic", "Protestant", "Orthodox", "Evangelical",
    "Anglican", "Baptist", "Methodist", "Pentecostal", "Coptic", "Hindu", "Sikh", "Buddhist", "Muslim", "Christian", "Jewish",
  ],
};

export default data;
