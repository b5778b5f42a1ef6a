/**
 * Data, not code: what a clause did with a volume or weight of a substance ('2.1 million liters of
 * oil', 'some 2.2 million liters of bunker fuel'), by the verb right before the figure ('was carrying
 * an estimated 2 million liters', 'spilled close to two million liters', 'recovered 9 cubic meters')
 * or after its words ('5,000 liters of oil were found', '300,000 liters of oil had been spilled').
 * What a tanker carried, what it spilled and what was recovered from it are three measures of one
 * wreck: a report of 5,000 litres recovered and one of 2.1 million carried do not disagree.
 * 'before': words that come right before the figure (with up to three words such as 'an estimated'
 * between); 'after': participles after the substance's words, in the passive.
 */
const data = {
  carried: {
    before: ["carrying", "carried", "carries", "carry", "contain", "contained", "containing", "contains", "holding", "held", "loaded with", "transporting", "transported", "laden with", "cargo of"],
    after: ["carried", "loaded", "transported", "on board", "aboard"],
  },
  spilled: {
    before: ["spilled", "spilt", "spilling", "spill", "leaked", "leaking", "leak", "released", "releasing", "dumped", "dumping", "spewed", "spewing", "discharged", "gushed"],
    after: ["spilled", "spilt", "leaked", "released", "dumped", "spewed", "discharged", "poured"],
  },
  recovered: {
    before: ["recovered", "recovering", "recover", "retrieved", "retrieving", "collected", "collecting", "removed", "removing", "siphoned", "siphoning", "pumped out", "extracted", "salvaged", "skimmed"],
    after: ["recovered", "retrieved", "collected", "removed", "siphoned", "pumped out", "extracted", "salvaged", "skimmed", "found"],
  },
};

export default data;
