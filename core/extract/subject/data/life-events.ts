/**
 * Data, not code: once-only events of a person's life that a date can be a claim about, so two
 * pages dating one birth differently give a date conflict. 'verbs': the verb -> phase
 * ('was born to John and Mary on 26 April 1564', 'baptised on 26 April'). 'nouns': 'the
 * baptism of William Shakespeare from 26th April 1654'. 'labels': a fact box line 'Born: 6
 * August 1910'. 'aux': words between a person and the verb that change nothing ('is assumed
 * to have been born'). 'notPersons': capitalised words that open a sentence and are no one. 'titles':
 * words before a name that are no part of it ('King Pele', 'President Biden'), when a short name is
 * read as the article's full name. 'clauseVerbs': verbs of a birth or death whose clause a date
 * sits in (life-clause.ts); 'transitive' among them tell the death of their subject only when
 * passive ('was killed', 'Sinwar killed in an operation'), of their object when active ('soldiers
 * killed Yahya Sinwar'). 'deathNouns': 'the assassination of X ... in a 30 July drone strike'. 'roles': words between such a verb and its
 * object that are no part of the name ('killed Hezbollah leader Hassan Nasrallah'). 'objectOf', 'relatives': a name after a preposition ('the son of Osama bin Laden, was killed') or after a relative's verb ('the man who killed Shinzo Abe died') is no subject of the verb after it. 'remembrance': words before 'the death of X on' that may own the date ('marked a year since the death of ... on'). 'holidays': a
 * day's name the date reader leaves before the date ('the death of Pope Francis on Easter Monday, April 22').
 * Kept as a TypeScript module (not a .json import) because the Lambda bundler's esbuild
 * cannot parse import attributes (`with { type: "json" }`).
 */
const data = {
  "verbs": { "born": "birth", "baptised": "baptism", "baptized": "baptism", "christened": "baptism", "died": "death", "buried": "burial",
    "crowned": "coronation", "married": "marriage", "assassinated": "death", "executed": "death" },
  "nouns": { "birth": "birth", "baptism": "baptism", "christening": "baptism", "death": "death", "burial": "burial", "funeral": "burial",
    "coronation": "coronation", "wedding": "marriage", "marriage": "marriage", "assassination": "death", "execution": "death" },
  "labels": { "born": "birth", "date of birth": "birth", "birth": "birth", "died": "death", "date of death": "death", "death": "death",
    "baptised": "baptism", "baptized": "baptism", "buried": "burial", "crowned": "coronation" },
  "aux": ["was", "were", "is", "are", "has", "have", "had", "been", "be", "being", "to", "who", "assumed", "believed", "thought", "said",
    "reported", "reportedly", "known", "also", "officially", "probably", "likely", "then", "later", "finally", "quietly", "peacefully"],
  "notPersons": ["He", "She", "They", "It", "His", "Her", "Their", "Its", "We", "I", "You", "Officially", "Reportedly", "Born", "The", "A", "An",
    "This", "That", "These", "In", "On", "At", "When", "After", "Before", "Although", "Though", "While", "But", "And", "However", "Biographers",
    "Historians", "Records", "Sources", "Officials", "Police", "Some", "Many", "Most", "Both"],
  "titles": ["King", "Queen", "President", "Prime", "Minister", "Chancellor", "Pope", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady",
    "General", "Gen", "Colonel", "Col", "Captain", "Capt", "Prince", "Princess", "Sheikh", "Senator", "Sen", "Governor", "Gov", "Judge", "Justice", "Rev"],
  "clauseVerbs": { "died": "death", "passed away": "death", "perished": "death", "killed": "death", "assassinated": "death", "executed": "death",
    "hanged": "death", "shot dead": "death", "slain": "death", "murdered": "death", "martyred": "death", "born": "birth" },
  "transitive": ["killed", "assassinated", "executed", "hanged", "shot dead", "slain", "murdered", "martyred"],
  "deathNouns": ["assassination", "killing", "death", "murder", "execution"],
  "roles": ["leader", "chief", "head", "commander", "founder", "spokesman", "spokeswoman", "militant", "dissident", "critic", "activist",
    "journalist", "cleric", "politician", "general", "president", "deputy"],
  "objectOf": ["of", "by", "to", "for", "with", "from", "against", "about", "than"],
  "relatives": ["who", "that", "which", "whom"],
  "remembrance": ["anniversary", "anniversaries", "mark", "marks", "marked", "marking", "commemorate", "commemorates", "commemorated",
    "commemorating", "commemoration", "remember", "remembers", "remembered", "remembering", "remembrance", "memory", "memorial"],
  "holidays": ["Easter", "Christmas", "Good", "Boxing", "Thanksgiving", "Memorial", "Independence", "Labour", "Labor", "Ash", "Palm", "Holy"]
};

export default data;
