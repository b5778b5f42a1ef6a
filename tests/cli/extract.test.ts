import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli.js";

const bin = fileURLToPath(new URL("../../bin/claimcheck.js", import.meta.url));

describe("claimcheck extract", () => {
  it("lists the claims of an article file with their values", async () => {
    const result = await runCli(["extract", "examples/001_9fa802cff792e669.txt"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/"30-mile" = 30 mi/);
    expect(result.stdout).toMatch(/"18\.6-mile" = 18\.6 mi/);
  });

  it("--json gives the articles without their bodies, with claims whose spans are exact", async () => {
    const result = await runCli(["extract", "--json", "-"], { input: "---\nid: s1\npublished: 2020-01-14\n---\nTurkey is already hosting 3.5 million Syrian refugees." });
    expect(result.code).toBe(0);
    const { articles } = JSON.parse(result.stdout);
    expect(articles).toHaveLength(1);
    expect(articles[0].id).toBe("s1");
    expect(articles[0]).not.toHaveProperty("body");
    const claim = articles[0].claims.find((c: { value: unknown }) => c.value === 3_500_000);
    expect(claim).toMatchObject({ kind: "quantity", unit: "person", articleId: "s1" });
    const body = "Turkey is already hosting 3.5 million Syrian refugees.";
    expect(body.slice(claim.start, claim.end)).toBe(claim.text);
  });

  it("reads .html: tags stripped, entities decoded, scripts dropped", async () => {
    const html = "<html><head><title>Strip</title><script>var x = 99999;</script></head><body><p>A 30&nbsp;km strip&mdash;no more.</p></body></html>";
    const result = await runCli(["extract", "--json", "-"], { input: html });
    const claims = JSON.parse(result.stdout).articles[0].claims;
    expect(claims.map((c: { value: unknown }) => c.value)).toContain(30);
    expect(claims.map((c: { value: unknown }) => c.value)).not.toContain(99999);
  });

  it("--jsonl writes one line per input line, in order, errors in place", async () => {
    const input = [
      JSON.stringify({ id: "a", body: "More than 300,000 have fled.", published: "2020-01-14" }),
      "{not json",
      JSON.stringify({ id: "b", body: "" }),
      JSON.stringify({ id: "c", body: "Six people were killed." }),
    ].join("\n") + "\n";
    const result = await runCli(["extract", "--jsonl"], { input });
    expect(result.code).toBe(2);
    const lines = result.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(["a", null, "b", "c"]);
    expect(lines[0].claims[0]).toMatchObject({ value: 300000, qualifier: "atLeast" });
    expect(lines[1].error).toMatch(/line 2: not valid JSON/);
    expect(lines[2].error).toMatch(/body/);
    expect(lines[3].claims.length).toBeGreaterThan(0);
  });

  it("--jsonl streams: the first answer comes out before the input ends", async () => {
    const child = spawn(process.execPath, [bin, "extract", "--jsonl"]);
    child.stdin.write(JSON.stringify({ id: "first", body: "A 30-km strip." }) + "\n");
    const firstLine = await new Promise<string>((resolve) => {
      let seen = "";
      child.stdout.setEncoding("utf8").on("data", (d: string) => {
        seen += d;
        if (seen.includes("\n")) resolve(seen.split("\n")[0]!);
      });
    });
    expect(JSON.parse(firstLine).id).toBe("first");
    // Only now, after an answer, does the rest of the input arrive.
    const story = "Six people were killed and 81 injured in the attack on Tuesday. ".repeat(40);
    for (let i = 0; i < 200; i++) child.stdin.write(JSON.stringify({ id: `n${i}`, body: story }) + "\n");
    child.stdin.end();
    let rest = "";
    child.stdout.on("data", (d: string) => (rest += d));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(0);
    const ids = rest.trim().split("\n").slice(-200).map((l) => JSON.parse(l).id);
    expect(ids).toEqual(Array.from({ length: 200 }, (_, i) => `n${i}`));
  }, 90_000); // 200 stories through a child process: 18 s alone, over 30 s on a loaded machine
});
