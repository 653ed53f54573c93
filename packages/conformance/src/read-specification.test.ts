import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { readSpecification } from "./read-specification.js";

describe("readSpecification", () => {
  it("a folder that does not exist is an error that names it, never an empty pass", () => {
    const result = readSpecification(join(tmpdir(), "pctm-khong-co-dac-ta"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.code)).toEqual(["CONFORMANCE_SPEC_NOT_FOUND"]);
    expect(result.errors[0]?.message).toContain("pctm-khong-co-dac-ta");
  });

  it("each missing seed and a missing checklist are named; a whole folder is read", () => {
    const dir = mkdtempSync(join(tmpdir(), "pctm-conformance-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(join(dir, "seeds"));
    for (const seed of ["000", "001", "003"])
      writeFileSync(join(dir, "seeds", `${seed}_x.txt`), `seed ${seed}`);
    const partial = readSpecification(dir);
    expect(partial.ok ? [] : partial.errors.map((e) => e.code)).toEqual([
      "CONFORMANCE_SEED_MISSING",
      "CONFORMANCE_SEED_MISSING",
      "CONFORMANCE_CHECKLIST_MISSING",
    ]);
    for (const seed of ["002", "004"]) writeFileSync(join(dir, "seeds", `${seed}_x.txt`), `seed ${seed}`);
    mkdirSync(join(dir, "domain"));
    writeFileSync(join(dir, "domain", "SEED-TARGETS.md"), "| id | quote | kind |");
    const whole = readSpecification(dir);
    expect(whole.ok && whole.value.seeds["004"]).toBe("seed 004");
  });
});
