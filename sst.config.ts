import type { SSTConfig } from "sst";
import { Api } from "./stacks/Api.js";
import { isProductionStage } from "./stacks/config.js";
import { Recheck } from "./stacks/Recheck.js";
import { Secrets } from "./stacks/Secrets.js";
import { Storage } from "./stacks/Storage.js";

/**
 * The claimcheck app: `npx sst deploy --stage prod` creates the four stacks below in the
 * deployer's account. Region: `--region` on the command line, else AWS_REGION, else us-east-1.
 * Stage settings (schedule, throttling, retention) live in stacks/config.ts.
 */
export default {
  config(input) {
    return {
      name: "claimcheck",
      region: input.region ?? process.env.AWS_REGION ?? "us-east-1",
    };
  },
  stacks(app) {
    // A personal or preview stage leaves nothing behind on `sst remove` (log groups included);
    // production keeps the table and the API access logs.
    if (!isProductionStage(app.stage)) app.setDefaultRemovalPolicy("destroy");
    app.stack(Storage).stack(Secrets).stack(Api).stack(Recheck);
  },
} satisfies SSTConfig;
