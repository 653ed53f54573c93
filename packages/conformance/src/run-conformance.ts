// `npm run conformance`: the catalogue against the specification beside the repository (../shared, or
// the folder given as the first argument). Exit 0 when everything conforms, 1 when a check fails, 2 when
// the specification cannot be read — never a pass on a missing folder.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { builtinCatalog } from "@pctm/catalog";
import type { Issue } from "@pctm/domain";
import { checkConformance } from "./check-conformance.js";
import { readSpecification } from "./read-specification.js";

const DEFAULT_DIR = fileURLToPath(new URL("../../../../shared/", import.meta.url));

function printIssue(problem: Issue): void {
  process.stderr.write(`  Lỗi [${problem.code}]: ${problem.message}\n`);
}

function main(argv: readonly string[]): number {
  const dir = resolve(argv[0] ?? DEFAULT_DIR);
  const spec = readSpecification(dir);
  if (!spec.ok) {
    process.stderr.write("Không kiểm tra được sự phù hợp với đặc tả:\n");
    spec.errors.forEach(printIssue);
    return 2;
  }
  process.stdout.write(`Đối chiếu danh mục với đặc tả: ${dir}\n`);
  let failed = 0;
  for (const section of checkConformance(builtinCatalog(), spec.value)) {
    process.stdout.write(`${section.problems.length === 0 ? "✓" : "✗"} ${section.title}\n`);
    section.problems.forEach(printIssue);
    failed += section.problems.length;
  }
  process.stdout.write(failed === 0 ? "Phù hợp với đặc tả.\n" : `${failed} chỗ chưa phù hợp với đặc tả.\n`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
