import { readFileSync } from "node:fs";
import * as app from "@pctm/app";
import { main } from "@pctm/cli";
import * as domain from "@pctm/domain";
import * as unitsData from "@pctm/units-data";
import { describe, expect, it } from "vitest";

// The application layer's README shows evaluatePlan on a data file and says it gives the same figures
// as `pctm catalog evaluate`. This runs the README's code as written and the command, and compares
// them line by line. It lives here because @pctm/app cannot depend on the CLI, and this package
// already runs both (the cold-start and evaluation benchmarks).

const ROOT = new URL("../../../", import.meta.url);
const README = readFileSync(new URL("packages/app/README.md", ROOT), "utf8");

/** The README's first TypeScript block. */
function exampleCode(): string {
  const block = /```ts\n([\s\S]*?)```/.exec(README)?.[1];
  if (!block) throw new Error("packages/app/README.md has no ```ts block");
  return block;
}

/** The modules the example may import, by the name it imports them from. */
const MODULES: Record<string, Record<string, unknown>> = {
  "node:fs": { readFileSync },
  "@pctm/app": app,
  "@pctm/domain": domain,
  "@pctm/units-data": unitsData,
};

/** Runs the example's code (its imports bound to the real modules) and returns what it printed. */
function runExample(code: string): string[] {
  const names: string[] = [];
  const values: unknown[] = [];
  const body = code.replace(
    /^import \{ ([^}]+) \} from "([^"]+)";\n/gm,
    (_line, list: string, from: string) => {
      const module = MODULES[from];
      if (!module) throw new Error(`the README example imports ${from}, which this test does not provide`);
      for (const name of list.split(",").map((n) => n.trim())) {
        if (!(name in module)) throw new Error(`${from} exports no ${name}`);
        names.push(name);
        values.push(
          name === "readFileSync"
            ? (path: string) => readFileSync(new URL(path, ROOT), "utf8")
            : module[name],
        );
      }
      return "";
    },
  );
  if (/^import /m.test(body)) throw new Error("an import of the README example was not understood");
  const printed: string[] = [];
  const console = { log: (line: string) => printed.push(line) };
  new Function(...names, "console", body)(...values, console);
  return printed;
}

describe("the evaluatePlan example of packages/app/README.md", { timeout: 120_000 }, () => {
  it("prints, target by target, the sentences `pctm catalog evaluate` gives for the same input", async () => {
    const printed = runExample(exampleCode());
    let out = "";
    const code = await main(
      [
        "catalog",
        "evaluate",
        "--plan",
        "qd-424-2017",
        "--unit",
        "46",
        "--period",
        "2019",
        "--as-of",
        "2020-07-10",
        "--data",
        "examples/hue-2020/data.json",
        "--json",
      ],
      { out: (t) => (out += t), err: () => {}, isTty: false, cwd: new URL(ROOT).pathname },
    );
    expect(code).toBe(0);
    const cli = JSON.parse(out) as { evaluations: { targetId: string; sentence: string }[] };
    expect(cli.evaluations.length).toBeGreaterThanOrEqual(12);
    expect(printed).toEqual(cli.evaluations.map((e) => `${e.targetId}: ${e.sentence}`));
    // Per-unit targets judged district by district: the example passes the unit list.
    const perDistrict = printed.find((line) => line.startsWith("424nat-6e:"));
    expect(perDistrict).toMatch(/của cả 9 quận, huyện/);
    expect(perDistrict).not.toMatch(/chưa có danh mục đơn vị hành chính/);
  });
});
