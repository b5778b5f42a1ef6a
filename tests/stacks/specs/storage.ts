import { describe, expect, it } from "vitest";
import { TABLE_DESIGN } from "../../../functions/store/table.js";
import { onlyResource, type Stages } from "../synth.js";

/** The claims table: keys and indexes from the store's design, PITR, TTL, removal per stage. */
export function storageSpecs(stages: Stages): void {
  describe("Storage", () => {
    it("builds the table the store was designed for: keys, indexes, string key attributes only", () => {
      const [, table] = onlyResource(stages.prod.storage, "AWS::DynamoDB::Table");
      const props = table.Properties as Record<string, unknown>;
      expect(props.KeySchema).toEqual([
        { AttributeName: TABLE_DESIGN.partitionKey, KeyType: "HASH" },
        { AttributeName: TABLE_DESIGN.sortKey, KeyType: "RANGE" },
      ]);
      const indexes = props.GlobalSecondaryIndexes as { IndexName: string; KeySchema: unknown[]; Projection: unknown }[];
      expect(indexes.map((i) => i.IndexName).sort()).toEqual(TABLE_DESIGN.indexes.map((i) => i.name).sort());
      for (const design of TABLE_DESIGN.indexes) {
        const index = indexes.find((i) => i.IndexName === design.name);
        expect(index?.KeySchema).toEqual([
          { AttributeName: design.pk, KeyType: "HASH" },
          ...("sk" in design ? [{ AttributeName: design.sk, KeyType: "RANGE" }] : []),
        ]);
        expect(index?.Projection).toEqual({ ProjectionType: "ALL" });
      }
      const keyNames = new Set([TABLE_DESIGN.partitionKey, TABLE_DESIGN.sortKey, ...TABLE_DESIGN.indexes.flatMap((i) => ("sk" in i ? [i.pk, i.sk] : [i.pk]))]);
      const definitions = props.AttributeDefinitions as { AttributeName: string; AttributeType: string }[];
      expect(definitions.map((d) => d.AttributeName).sort()).toEqual([...keyNames].sort());
      expect(new Set(definitions.map((d) => d.AttributeType))).toEqual(new Set(["S"]));
    });

    it("bills on demand, keeps point-in-time recovery and expires records through the TTL attribute", () => {
      for (const { storage } of [stages.dev, stages.prod]) {
        storage.hasResourceProperties("AWS::DynamoDB::Table", {
          BillingMode: "PAY_PER_REQUEST",
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          TimeToLiveSpecification: { AttributeName: TABLE_DESIGN.ttlAttribute, Enabled: true },
        });
      }
    });

    it("retains the table when a production stage is removed and deletes it with any other stage", () => {
      stages.prod.storage.hasResource("AWS::DynamoDB::Table", { DeletionPolicy: "Retain", UpdateReplacePolicy: "Retain" });
      stages.dev.storage.hasResource("AWS::DynamoDB::Table", { DeletionPolicy: "Delete", UpdateReplacePolicy: "Delete" });
      stages.preview.storage.hasResource("AWS::DynamoDB::Table", { DeletionPolicy: "Delete" });
    });

    it("leaves nothing retained behind a disposable stage", () => {
      for (const template of [stages.dev.storage, stages.dev.api, stages.dev.recheck]) {
        const retained = Object.keys(template.findResources("*", { DeletionPolicy: "Retain" }));
        expect(retained).toEqual([]);
      }
    });
  });
}
