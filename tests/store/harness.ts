import { afterAll, beforeAll, describe } from "vitest";
import { SERVERS } from "./servers.js";

/**
 * Runs one set of store tests against every server. DynamoDB Local needs Java: without it the
 * suite is skipped locally, and fails in CI (CI=true), where .ci/run installs Java.
 */
export function describeContract(title: string, body: (server: { endpoint(): string; name: string }) => void): void {
  for (const server of SERVERS) {
    const skip = server.unavailable !== null && process.env["CI"] !== "true";
    describe.skipIf(skip)(`${title} [${server.name}]`, () => {
      let running: { endpoint: string; stop(): Promise<void> } | undefined;
      beforeAll(async () => {
        if (server.unavailable) throw new Error(`${server.name} must run in CI, but ${server.unavailable}`);
        running = await server.start();
      });
      afterAll(async () => {
        await running?.stop();
      });
      body({
        name: server.name,
        endpoint: () => {
          if (!running) throw new Error(`${server.name} did not start`);
          return running.endpoint;
        },
      });
    });
  }
}
