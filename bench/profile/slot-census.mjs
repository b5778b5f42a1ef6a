// slot-census.mjs <root> <frames.json>...: how far the aligned-reports path reaches on a set, counts only
// (no entry text is printed, so it may be run on kept-aside sets): claims with a count slot or a measure
// slot, and the pairs of articles inside one entry that meet under a slot key. <root>: a built checkout (dist/).
import { readFileSync } from "node:fs";
const [root, ...files] = process.argv.slice(2);
const { extractClaims } = await import(`${root}/dist/core/index.js`);
const { slotKeys } = await import(`${root}/dist/core/check/aligned/slot-keys.js`);
for (const file of files) {
  const entries = JSON.parse(readFileSync(file, "utf8"));
  let claims = 0, measure = 0, count = 0, arts = 0, withMeasure = 0, pairs = 0, meetMeasure = 0, meetCount = 0;
  for (const entry of entries) {
    const keyed = [];
    for (const a of entry.articles ?? []) {
      arts++;
      const cs = extractClaims({ id: a.id, body: a.body, published: a.published });
      claims += cs.length;
      const m = cs.filter((c) => c.slot?.id.startsWith("m:"));
      measure += m.length; count += cs.filter((c) => c.slot && !c.slot.id.startsWith("m:")).length;
      if (m.length) withMeasure++;
      const keys = { m: new Set(m.flatMap((c) => slotKeys(c, "filed"))), c: new Set(cs.filter((c) => c.slot && !c.slot.id.startsWith("m:")).flatMap((c) => slotKeys(c, "read"))), cf: new Set(cs.filter((c) => c.slot && !c.slot.id.startsWith("m:")).flatMap((c) => slotKeys(c, "filed"))) };
      keyed.push(keys);
    }
    for (let i = 0; i < keyed.length; i++) for (let j = i + 1; j < keyed.length; j++) {
      pairs++;
      if ([...keyed[i].m].some((k) => keyed[j].m.has(k))) meetMeasure++;
      if ([...keyed[j].c].some((k) => keyed[i].cf.has(k)) || [...keyed[i].c].some((k) => keyed[j].cf.has(k))) meetCount++;
    }
  }
  console.log(`${file.split("/").pop()}: ${arts} articles, ${claims} claims; count slots ${count}, measure slots ${measure} (on ${withMeasure} articles); article pairs in one entry ${pairs}: meet under a measure key ${meetMeasure}, under a count-slot key ${meetCount}`);
}
