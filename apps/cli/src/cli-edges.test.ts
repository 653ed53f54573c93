import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, onTestFinished } from "vitest";
import { runCli } from "./test-io.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const BIN = fileURLToPath(new URL("../dist/bin.js", import.meta.url));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "pctm-edges-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe("the command line's edges", () => {
  it("reads a JSON file that starts with a UTF-8 byte order mark", async () => {
    const dir = tempDir();
    const patch = { id: "bom", changes: [{ op: "rename", code: "19912", name: "Phú An Mới" }] };
    writeFileSync(join(dir, "p.json"), `\uFEFF${JSON.stringify(patch)}`, "utf8");
    const r = await runCli(
      ["units", "--edition", "2020-01-01", "--under", "478", "--patch", "p.json", "--json"],
      dir,
    );
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("Phú An Mới");
  });

  it("says so, with a code, when pctm demo --out-dir names a file", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "taken"), "x");
    const r = await runCli(["demo", "--example", join(ROOT, "examples/hue-2020"), "--out-dir", "taken"], dir);
    // An output that cannot be written is "unavailable" in the registry: exit 1, as every such code.
    expect([r.code, r.err]).toEqual([1, expect.stringContaining("[FILE_UNWRITABLE]: --out-dir:")]);
    expect(r.err).not.toContain("INTERNAL");
  });

  it("makes the folder of pctm report --out", async () => {
    const dir = tempDir();
    const example = (f: string) => join(ROOT, "examples/hue-2020", f);
    const r = await runCli(
      [
        "report",
        "--campaign",
        "r-000",
        "--unit",
        "46",
        "--data",
        example("data.json"),
        "--out",
        "out/new/x.md",
      ],
      dir,
    );
    expect(r.code, r.err).toBe(0);
    expect(existsSync(join(dir, "out/new/x.md"))).toBe(true);
  });

  it("ends quietly when the reader closes the pipe", () => {
    const dir = tempDir();
    const errors = join(dir, "stderr.txt");
    const script = `node "${BIN}" units --edition 2025-07-01 --level 3 2>"${errors}" | head -1; echo "stderr bytes: $(wc -c < "${errors}")"`;
    const output = execFileSync("sh", ["-c", script], { encoding: "utf8" });
    expect(output.trim().split("\n")).toHaveLength(2);
    expect(output).toMatch(/stderr bytes: *0\n/);
  });
});
