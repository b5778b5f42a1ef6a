import { describe, expect, it } from "vitest";
import { Match } from "aws-cdk-lib/assertions";
import { API, onlyResource, type Stages } from "../synth.js";

/** The HTTP API: routes, throttling, CORS, access logs. */
export function apiSpecs(stages: Stages): void {
  describe("Api", () => {
    // Written out from DESIGN.md "HTTP API" and the review pages (not imported from
    // stacks/routes.ts), so dropping a route from the stack fails here.
    const routes = [
      "GET /",
      "GET /health",
      "GET /openapi.json",
      "POST /articles",
      "GET /articles/{id}",
      "DELETE /articles/{id}",
      "GET /articles/{id}/findings",
      "GET /findings",
      "GET /findings/{id}",
      "PATCH /findings/{id}",
      "GET /claims",
      "POST /webhooks/{source}",
      "GET /assets/claimcheck.css",
      "GET /review/findings",
      "GET /review/findings/{id}",
      "GET /review/findings/{id}/claimreview.json",
      "POST /review/findings/{id}/status",
      "GET /review/articles/{id}",
      "POST /review/check",
      "GET /review/sign-in",
      "POST /review/sign-in",
      "POST /review/sign-out",
    ];

    it("routes every documented route, and nothing else, to functions/api.ts", () => {
      const found = Object.values(stages.prod.api.findResources("AWS::ApiGatewayV2::Route")).map(
        (r) => (r as { Properties: { RouteKey: string } }).Properties.RouteKey,
      );
      expect(found.sort()).toEqual([...routes].sort());
      const [fnId] = onlyResource(stages.prod.api, "AWS::Lambda::Function", { Handler: API });
      const integrations = Object.values(stages.prod.api.findResources("AWS::ApiGatewayV2::Integration"));
      expect(integrations).toHaveLength(routes.length);
      for (const integration of integrations) {
        expect(JSON.stringify(integration)).toContain(`"${fnId}"`);
      }
    });

    it("throttles the default route per stage", () => {
      stages.prod.api.hasResourceProperties("AWS::ApiGatewayV2::Stage", {
        DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
      });
      stages.dev.api.hasResourceProperties("AWS::ApiGatewayV2::Stage", {
        DefaultRouteSettings: { ThrottlingRateLimit: 10, ThrottlingBurstLimit: 20 },
      });
    });

    it("allows the review pages' origins with bearer keys, and takes the origins from the deployer", () => {
      stages.prod.api.hasResourceProperties("AWS::ApiGatewayV2::Api", {
        ProtocolType: "HTTP",
        CorsConfiguration: {
          AllowOrigins: ["*"],
          AllowMethods: Match.arrayEquals(["GET", "POST", "PATCH", "DELETE"]),
          AllowHeaders: Match.arrayEquals(["authorization", "content-type"]),
          AllowCredentials: false,
        },
      });
      stages.preview.api.hasResourceProperties("AWS::ApiGatewayV2::Api", {
        CorsConfiguration: { AllowOrigins: ["https://review.example.org", "https://cms.example.org"] },
      });
    });

    it("writes JSON access logs kept for a month", () => {
      const [logGroupId] = onlyResource(stages.prod.api, "AWS::Logs::LogGroup", { RetentionInDays: 30 });
      stages.prod.api.hasResourceProperties("AWS::ApiGatewayV2::Stage", {
        AccessLogSettings: { DestinationArn: { "Fn::GetAtt": [logGroupId, "Arn"] }, Format: Match.stringLikeRegexp('"routeKey"') },
      });
    });

    it("exports the base URL", () => {
      stages.prod.api.hasOutput("ApiUrl", {});
    });
  });
}
