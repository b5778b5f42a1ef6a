/**
 * Words around a named person's age (person-age.ts).
 * - ranks: capitalised words written before a name that are no part of it, beside the titles of
 *   life-events.ts ("Constable Randall Kirk", "Former Thai Navy SEAL Saman Kunan").
 * - suffixes: words after a surname that tell two people of one name apart ("John Smith Jr.").
 * - thingWords: capitalised words that end the name of a thing, a place or an event, never a
 *   person's ("the 600-year-old Shuri Castle", "the 2017 General Election, 15, 593,050 voters").
 * - modifierOf: lower-case nouns a capitalised run is a modifier of, not a name ("a 67-year-old
 *   Half Moon Bay resident", "a 30-year-old Tesco worker"): the run after the age is no person.
 */
const data = {
  ranks: ["Constable", "Const", "Sergeant", "Sgt", "Officer", "Detective", "Det", "Inspector", "Superintendent", "Corporal", "Cpl",
    "Private", "Pte", "Lieutenant", "Lt", "Major", "Maj", "Commander", "Admiral", "Adm", "Marshal", "Former", "Late", "Navy", "Army",
    "Police", "SEAL", "Trooper", "Deputy", "Sheriff", "Firefighter", "Father", "Brother", "Sister", "Imam", "Rabbi", "Professor", "Prof",
    "Coach", "Head", "Chief", "Agent", "Special", "Staff", "Senior", "Junior", "Dr.", "Mr.", "Mrs.", "Ms."],
  thingWords: ["Election", "Elections", "Castle", "Bridge", "Church", "Cathedral", "Temple", "Mosque", "Shrine", "Tower", "Towers", "Palace",
    "Hotel", "Stadium", "Arena", "Building", "Dam", "Hall", "Centre", "Center", "School", "College", "University", "Hospital", "Airport",
    "Station", "Park", "Mall", "Market", "Street", "Road", "Avenue", "Square", "Festival", "Cup", "League", "Games", "Award", "Awards",
    "Act", "Bill", "Treaty", "Agreement", "Company", "Club", "Museum", "Library", "Theatre", "Theater", "Fort", "Abbey", "House",
    "Island", "Lake", "River", "Mountain", "Mount", "Valley", "County", "District", "Province", "State", "City", "Town", "Village"],
  suffixes: ["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"],
  modifierOf: ["resident", "residents", "man", "woman", "boy", "girl", "worker", "employee", "native", "national", "student", "teacher",
    "driver", "officer", "soldier", "mother", "father", "son", "daughter", "player", "fan", "businessman", "businesswoman", "nurse",
    "doctor", "pupil", "teenager", "youth", "citizen", "tourist", "migrant", "refugee", "veteran", "volunteer", "member", "staffer"],
};

export default data;
