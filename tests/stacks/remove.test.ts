import { describe, expect, it } from "vitest";
import { RECHECK, synthesizeStage } from "./synth.js";

describe("sst remove", () => {
  // `sst remove` synthesizes the app once more in remove mode (functions get placeholder code,
  // nothing is bundled) before deleting the stacks; a stack that only works in deploy mode would
  // leave a stage that cannot be removed.
  it("synthesizes every stack in remove mode, with the recheck function stubbed", async () => {
    const removing = await synthesizeStage("prod", {}, "remove");
    removing.recheck.hasResourceProperties("AWS::Lambda::Function", { Handler: "index.placeholder" });
    expect(Object.keys(removing.recheck.findResources("AWS::Lambda::Function", { Properties: { Handler: RECHECK } }))).toEqual([]);
    removing.storage.resourceCountIs("AWS::DynamoDB::Table", 1);
  }, 120_000);
});
