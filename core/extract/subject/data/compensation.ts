/**
 * Data, not code: sums paid to the victims of a disaster (compensation.ts). 'words': what names the
 * payment ("an ex-gratia of Rs 2 lakh", "compensation of Rs five lakh"). 'payers': who pays, by the words
 * a report names it with, before the sum in its sentence or right after it ("from the PMNRF"): a
 * country's government and a state's are two payers, and reports give both side by side ("Rs 5 lakh"
 * from the Punjab government, "Rs 2 lakh" from the Prime Minister's fund), so each is its own measure.
 * 'killed': who receives it for the dead ("the kin of the deceased", "the families of those killed");
 * 'injured': for the hurt, 'seriously' words making the seriously injured a class of their own
 * ("Rs 1 lakh to the grievously injured and Rs 50,000 to those who suffered simple injuries").
 */
const data = {
  words: ["ex-gratia", "ex gratia", "ex-grata", "compensation", "relief", "financial assistance", "financial aid", "assistance", "aid", "solatium"],
  payers: {
    centre: ["Prime Minister", "PM", "PMO", "PMNRF", "Prime Minister's National Relief Fund", "National Relief Fund", "Centre", "Union government", "central government", "Narendra Modi", "Modi"],
    state: ["Chief Minister", "CM", "state government", "Chief Minister's Relief Fund", "CMRF"],
    railways: ["Railway Minister", "Railways", "Railway Ministry", "railway ministry", "Indian Railways"],
  } as Record<string, string[]>,
  killed: ["kin of the deceased", "kin of each deceased", "kin of every deceased", "next of kin", "kin of those", "families of those", "family of those", "families of the deceased",
    "families of the dead", "families of the victims", "family of each deceased", "family members of those", "victims' family", "victims' families", "bereaved families",
    "kin of the dead", "kin of the victims", "each deceased", "kin of deceased", "to the deceased", "for the deceased", "of the deceased"],
  injured: ["injured", "those injured", "the injured", "every injured", "each injured"],
  seriously: ["grievously", "seriously", "severely", "critically", "serious injury", "serious injuries", "grievous"],
};
export default data;
