import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { SeedTexts } from "@pctm/catalog";
import { err, type Issue, ok, type Result } from "@pctm/domain";
import { conformanceIssue } from "./raise.js";

/** The specification the catalogue is checked against: the five seed texts and the target checklist. */
export interface Specification {
  readonly seeds: SeedTexts;
  readonly checklist: string;
}

export const SEED_NUMBERS = ["000", "001", "002", "003", "004"] as const;
const CHECKLIST = join("domain", "SEED-TARGETS.md");

/**
 * Reads `<dir>/seeds/NNN_*.txt` and `<dir>/domain/SEED-TARGETS.md`. A missing folder, seed or
 * checklist is an error that names it: the check never passes on less than the whole specification.
 */
export function readSpecification(dir: string): Result<Specification> {
  const seedsDir = join(dir, "seeds");
  if (!existsSync(seedsDir)) return err([conformanceIssue("CONFORMANCE_SPEC_NOT_FOUND", { dir })]);
  const files = readdirSync(seedsDir);
  const seeds: Record<string, string> = {};
  const problems: Issue[] = [];
  for (const seed of SEED_NUMBERS) {
    const name = files.find((file) => file.startsWith(`${seed}_`) && file.endsWith(".txt"));
    if (name) seeds[seed] = readFileSync(join(seedsDir, name), "utf8");
    else problems.push(conformanceIssue("CONFORMANCE_SEED_MISSING", { seed, dir: seedsDir }));
  }
  const checklistFile = join(dir, CHECKLIST);
  if (!existsSync(checklistFile)) {
    problems.push(conformanceIssue("CONFORMANCE_CHECKLIST_MISSING", { file: checklistFile }));
  }
  if (problems.length > 0) return err(problems);
  return ok({ seeds, checklist: readFileSync(checklistFile, "utf8") });
}
