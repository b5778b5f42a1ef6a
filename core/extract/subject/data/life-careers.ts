/**
 * Data, not code: the happenings of a public life a date can be a claim about (life-career.ts,
 * life-term.ts), so that two reports dating one person's taking office, election, sentence or
 * diagnosis differently are compared, as their births and deaths are (life-events.ts).
 * - 'verbs': the verb as written (lowercase, single spaces) -> the class ("seized power in 1984",
 *   "was sentenced to 25 years in prison in 2009", "was diagnosed with cancer in May 2024").
 *   'transitive' among them tell their subject's happening only when passive ("he was sentenced"),
 *   another's when active ("the court sentenced him"); 'active' ones are the subject's as written.
 *   A participle ("..., leaving office in 2001") tells the happening of its sentence's subject.
 * - 'ofObject': the classes a happening is one of several of in a life unless its object says which:
 *   an election to which office, a sentence of how long, a diagnosis of what ('offices', 'illnesses').
 * - 'offices': the head of a country or a government, as outlets name the office ("president",
 *   "head of state", "ruler"): one office of one country, whichever word an outlet uses. An office
 *   not in this list ("interior minister", "president of the federation") is not read.
 * - 'illnesses': what a diagnosis names, one word standing for its kind ("oesophageal cancer" is "cancer").
 * - 'termWords': words before a span of years that make it a term of the top office ("ruled from
 *   1983 to 1985", "president from 2002 to 2013").
 * - 'repeated': words that make a happening another one than the first ("re-elected", "a second
 *   term", "again"): read apart, or not at all.
 * - 'seizure': words that make a taking of power a coup's, not an election's ("seized power", "as a military
 *   ruler"): a life may hold both ("military head of state from 1983 to 1985", "president from 2015"),
 *   and a term is compared only with a term of its kind.
 * - 'namedOffices': the offices a term names, one id for words of one office ("presidency" is
 *   "president"): a prime minister's term and a president's are two terms (life-term-kind.ts).
 * - 'relations': words introducing a relative ("his wife, Lucy Kibaki"): that person shares the
 *   story person's surname and is someone else (life-person.ts fullName).
 * - 'relativeLife': the verbs of a relative's birth or death, which a report tells in passing
 *   ("His wife, Lucy Kibaki, died in 2016"): not compared (life-relatives.ts).
 * - 'nameOpeners': capitalised words before a name that are no part of it ("Former President Mwai Kibaki").
 * - 'clauseOpeners': words between a happening's verb and its date that open another clause or tell
 *   a saying ("sentenced ... , he said in 2009", "elected after ... 2010"): the date is not the verb's (life-career.ts).
 * - 'auxiliaries': words between a happening's subject and its verb ("he was first diagnosed", "Mujica
 *   publicly disclosed"), passed over to find the subject (life-career.ts).
 * - 'institutionWords': capitalised words that make a name after "president of" an institution's, not
 *   a country's ("president of the Football Federation"): no head of state's term (life-term.ts).
 * Kept as a TypeScript module (not a .json import) because the Lambda bundler's esbuild
 * cannot parse import attributes (`with { type: "json" }`).
 */
const data = {
  verbs: {
    "took office": "office-start", "assumed office": "office-start", "was sworn in": "office-start", "sworn in": "office-start",
    "took power": "office-start", "seized power": "office-start", "came to power": "office-start", "rose to power": "office-start",
    "assumed power": "office-start", "grabbed power": "office-start", "took over power": "office-start", "became president": "office-start", "became prime minister": "office-start",
    "became head of state": "office-start", "became premier": "office-start",
    "taking office": "office-start", "seizing power": "office-start", "coming to power": "office-start",
    "left office": "office-end", "leaving office": "office-end", "stepping down": "office-end", "stepped down": "office-end", "was ousted": "office-end", "was overthrown": "office-end",
    "was toppled": "office-end", "was deposed": "office-end", "handed over power": "office-end", "relinquished power": "office-end",
    "was elected": "elected", "elected": "elected", "won the election": "elected", "won the elections": "elected",
    "won the presidential election": "elected", "won the presidential elections": "elected", "won the presidency": "elected",
    "was re-elected": "re-elected", "re-elected": "re-elected", "won re-election": "re-elected", "claim re-election": "re-elected",
    "was sentenced": "sentenced", "sentenced": "sentenced", "was convicted": "sentenced", "convicted": "sentenced",
    "was jailed": "sentenced", "was found guilty": "sentenced",
    "was diagnosed": "diagnosed", "diagnosed": "diagnosed", "first diagnosed": "diagnosed", "was first diagnosed": "diagnosed",
    "disclosed his diagnosis": "diagnosed", "disclosed her diagnosis": "diagnosed", "announced his diagnosis": "diagnosed",
    "announced her diagnosis": "diagnosed", "revealed his diagnosis": "diagnosed", "revealed her diagnosis": "diagnosed",
  } as Record<string, string>,
  transitive: ["elected", "re-elected", "sentenced", "convicted", "diagnosed"],
  ofObject: { elected: "offices", "re-elected": "offices", sentenced: "sentence", diagnosed: "illnesses" } as Record<string, string>,
  offices: ["president", "presidency", "prime minister", "premier", "head of state", "head of government", "chancellor", "ruler",
    "leader", "military ruler", "military leader", "power"],
  illnesses: {
    cancer: "cancer", tumour: "cancer", tumor: "cancer", carcinoma: "cancer", leukaemia: "cancer", leukemia: "cancer", lymphoma: "cancer",
    melanoma: "cancer", myeloma: "cancer", sarcoma: "cancer", dementia: "dementia", "alzheimer's": "dementia", alzheimer: "dementia",
    "parkinson's": "parkinson", parkinson: "parkinson", diabetes: "diabetes", hiv: "hiv", aids: "hiv", covid: "covid", "covid-19": "covid",
    als: "als", "motor neurone disease": "als", "motor neuron disease": "als", stroke: "stroke",
  } as Record<string, string>,
  termWords: ["ruled", "governed", "led", "reigned", "served", "president", "presidency", "prime minister", "premier", "head of state",
    "in power", "in office", "leader", "ruler", "chancellor"],
  repeated: ["second", "third", "fourth", "fifth", "another", "again", "twice", "thrice", "three times", "four times", "re-election", "re-elected", "new term", "last term", "final term"],
  namedOffices: { president: "president", presidency: "president", "prime minister": "prime-minister", premier: "prime-minister",
    chancellor: "chancellor" } as Record<string, string>,
  seizure: ["seized", "seizing", "coup", "junta", "military", "grabbed", "putsch", "overthrew", "toppled"],
  relations: ["wife", "husband", "widow", "widower", "son", "daughter", "brother", "sister", "father", "mother", "grandson", "granddaughter",
    "nephew", "niece", "uncle", "aunt", "cousin", "son-in-law", "daughter-in-law", "spouse", "partner", "stepson", "stepdaughter"],
  relativeLife: ["died", "passed away", "passed on", "was born", "born", "was killed", "killed", "was buried", "died of", "succumbed"],
  nameOpeners: ["Former", "Late", "Ex", "Then", "Outgoing", "Incumbent", "Mzee", "Military"],
  clauseOpeners: ["said", "says", "told", "announced", "confirmed", "reported", "according", "when", "which", "who", "whom", "while", "but",
    "after", "before", "since", "until", "later", "ago", "then", "and", "because", "following"],
  auxiliaries: ["was", "were", "had", "has", "have", "been", "is", "are", "also", "then", "later", "first", "finally", "publicly", "officially",
    "eventually", "formally", "reportedly"],
  institutionWords: ["Federation", "Association", "Club", "Union", "Party", "Council", "Company", "Bank", "University", "Committee", "Court",
    "Senate", "Foundation", "Institute", "League", "Society", "Chamber"],
};

export default data;
