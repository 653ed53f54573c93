import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../test-io.js";

describe("pctm demo (what npm start runs)", () => {
  const outDir = mkdtempSync(join(tmpdir(), "pctm-demo-"));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it("renders the Huế closing-review report in three formats and prints the verdicts", async () => {
    const { code, out } = await runCli(["demo", "--out-dir", outDir]);
    expect(code).toBe(0);
    for (const ext of ["docx", "html", "md"]) {
      expect(existsSync(join(outDir, `bao-cao-tong-ket-46-2020.${ext}`))).toBe(true);
    }
    // The sample data is built so that every kind of verdict shows.
    for (const label of ["Đạt", "Vượt", "Không đạt", "Chưa đến hạn", "Chưa đủ dữ liệu"]) {
      expect(out).toContain(label);
    }
    expect(out).toMatch(/424nat-7a\s+Năm 2018\s+≥ 80%\s+79,75%\s+Không đạt/);
    const markdown = readFileSync(join(outDir, "bao-cao-tong-ket-46-2020.md"), "utf8");
    expect(markdown).toContain("Phần thứ nhất");
  });

  it("--json gives the verdicts and the files written", async () => {
    const { code, out } = await runCli(["demo", "--out-dir", outDir, "--json"]);
    expect(code).toBe(0);
    const body = JSON.parse(out) as { evaluations: { targetId: string }[]; written: string[] };
    expect(body.written.map((path) => path.slice(-5))).toEqual([".docx", ".html", "20.md"]);
    expect(body.evaluations).toContainEqual(expect.objectContaining({ targetId: "424nat-7a" }));
  });

  it("an example folder without data exits 2 naming the file", async () => {
    const { code, err } = await runCli(["demo", "--example", join(outDir, "khong-co"), "--out-dir", outDir]);
    expect(code).toBe(2);
    expect(err).toContain("[FILE_NOT_FOUND]");
  });
});
