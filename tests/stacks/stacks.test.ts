import { beforeAll } from "vitest";
import { apiSpecs } from "./specs/api.js";
import { bundleSpecs } from "./specs/bundles.js";
import { functionSpecs } from "./specs/functions.js";
import { privilegeSpecs } from "./specs/privileges.js";
import { recheckSpecs } from "./specs/recheck.js";
import { storageSpecs } from "./specs/storage.js";
import { synthesizeStage, type Stages } from "./synth.js";

// Synthesizing a stage bundles both functions with esbuild: do it once per stage for all the
// specs, which live one concern per file under specs/.
const stages = {} as Stages;

beforeAll(async () => {
  stages.dev = await synthesizeStage("dev");
  stages.prod = await synthesizeStage("prod");
  stages.preview = await synthesizeStage("pr-7", {
    CLAIMCHECK_RECHECK_SCHEDULE: "cron(0 3 * * ? *)",
    CLAIMCHECK_CORS_ORIGINS: "https://review.example.org, https://cms.example.org",
  });
}, 300_000);

storageSpecs(stages);
apiSpecs(stages);
recheckSpecs(stages);
functionSpecs(stages);
privilegeSpecs(stages);
bundleSpecs(stages);
