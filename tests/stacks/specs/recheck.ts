import { describe, it } from "vitest";
import { Match } from "aws-cdk-lib/assertions";
import { onlyResource, RECHECK, type Stages } from "../synth.js";

/** The scheduled re-check: schedule per stage and no Lambda retries. */
export function recheckSpecs(stages: Stages): void {
  describe("Recheck", () => {
    it("runs on the stage's schedule, or the deployer's override, against functions/recheck.ts", () => {
      const [fnId] = onlyResource(stages.prod.recheck, "AWS::Lambda::Function", { Handler: RECHECK });
      stages.prod.recheck.hasResourceProperties("AWS::Events::Rule", {
        ScheduleExpression: "rate(1 hour)",
        State: "ENABLED",
        Targets: [Match.objectLike({ Arn: { "Fn::GetAtt": [fnId, "Arn"] } })],
      });
      stages.dev.recheck.hasResourceProperties("AWS::Events::Rule", { ScheduleExpression: "rate(1 day)" });
      stages.preview.recheck.hasResourceProperties("AWS::Events::Rule", { ScheduleExpression: "cron(0 3 * * ? *)" });
    });

    it("is not retried by Lambda: the next tick repeats an idempotent run", () => {
      stages.prod.recheck.hasResourceProperties("AWS::Lambda::EventInvokeConfig", { MaximumRetryAttempts: 0 });
    });
  });
}
