/**
 * Data, not code: the words of an anniversary story ("Pakistan marks 15th anniversary of 2005
 * earthquake", "Today marks the 30th anniversary of the Chernobyl disaster"), whose lead's day is
 * the commemoration's and whose event happened that many years before (subject/anniversary.ts).
 * 'ordinals': ordinal words and the count they give (compounds "twenty-fifth" are read from
 * 'tens' and the first nine); 'named': words for an anniversary of many years ("centenary").
 * 'notEvent': words before "anniversary" that make it a person's or a state's, not an event's
 * ("birth anniversary", "independence anniversary"). 'happened': words before "on the ...
 * anniversary" that tell an event of the day falling on another's anniversary ("The quake
 * occurred on the 32nd anniversary of the 1985 earthquake"): the lead's day is its own.
 * 'commemoration': words that make "N years ago" a commemoration's count ("gather ... today to
 * commemorate the tragedy that happened one year ago"); without one, "a quake five years ago" is
 * another event.
 */
const data = {
  ordinals: {
    first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
    eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
    eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
    seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
  } as Record<string, number>,
  tens: { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 } as Record<string, number>,
  named: { centenary: 100, centennial: 100, bicentenary: 200, bicentennial: 200, tercentenary: 300, sesquicentennial: 150 } as Record<string, number>,
  notEvent: ["birth", "death", "wedding", "marriage", "independence", "founding", "foundation", "liberation", "coronation", "accession", "jubilee", "national", "silver", "golden", "diamond"],
  commemoration: ["commemorate", "commemorates", "commemorated", "commemorating", "commemoration", "anniversary", "memorial", "remember", "remembered", "remembering", "mourn", "mourned", "mourning", "tribute", "tributes", "vigil", "vigils", "wreath", "wreaths"],
  happened: ["struck", "hit", "occurred", "happened", "came", "rocked", "shook", "jolted", "erupted", "exploded", "collapsed", "crashed", "fell", "falls", "coincided", "coinciding"],
};

export default data;
