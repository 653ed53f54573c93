import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./test-io.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** The commands that gained --json with the one CLI contract: what each prints for a program. */
describe("--json output", () => {
  const dir = mkdtempSync(join(tmpdir(), "pctm-json-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("schema lists the schemas as { name, file, title }", async () => {
    const r = await runCli(["schema", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toContainEqual({
      name: "data",
      file: "data.schema.json",
      title: expect.any(String),
    });
  });

  it("outline format gives the checked outline as data", async () => {
    const shown = await runCli(["outline", "show", "so-ket-ct36-2024", "--json"]);
    writeFileSync(join(dir, "o.json"), shown.out);
    const r = await runCli(["outline", "format", "o.json", "--json"], dir);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ id: "so-ket-ct36-2024" });
  });

  it("catalog check says whether the catalogue is valid, with its problems", async () => {
    const r = await runCli(["catalog", "check", "--json"]);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ valid: true, quotesChecked: false, problems: [] });
  });

  it("report names the file it wrote and its format", async () => {
    const r = await runCli(
      [
        "report",
        "--campaign",
        "r-000",
        "--unit",
        "46",
        "--data",
        join(ROOT, "examples/hue-2020/data.json"),
        "--out",
        "b.md",
        "--json",
      ],
      dir,
    );
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ out: join(dir, "b.md"), format: "md" });
  });
});
