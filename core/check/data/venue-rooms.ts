/**
 * Data, not code: rooms and parts of a building where some of an event's victims were, so that
 * the count there is a share of the event's toll ("Ten students were killed in the school
 * library", of the thirteen a Columbine retrospective counts; "Twelve died in the basement").
 * Parts inside one building only: a street, a town or a floor number is read elsewhere.
 */
export const VENUE_ROOMS: readonly string[] = [
  "library", "cafeteria", "canteen", "classroom", "classrooms", "hallway", "hallways", "corridor", "corridors", "lobby",
  "basement", "kitchen", "auditorium", "gym", "gymnasium", "ward", "wards", "dormitory", "dining hall", "prayer hall",
  "ballroom", "stairwell", "staircase", "car park", "parking lot", "courtyard", "foyer", "restroom", "bathroom", "toilets",
];
