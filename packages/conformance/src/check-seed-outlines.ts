import { getBuiltinOutline } from "@pctm/catalog";
import {
  findSection,
  formatOutline,
  type Issue,
  numberOutline,
  type Outline,
  type OutlineSection,
  parseOutline,
} from "@pctm/domain";
import { compareTexts, normaliseOutlineText as normalise } from "./compare-text.js";
import type { Checklist } from "./parse-checklist.js";
import { conformanceIssue } from "./raise.js";
import type { Specification } from "./read-specification.js";

type Warning = { readonly code: string; readonly lines?: { readonly from: number; readonly to: number } };
type Parsed = { readonly outline: Outline; readonly warnings: readonly Warning[] };

function parseSeed(seed: string, text: string, problems: Issue[]): Parsed | undefined {
  const result = parseOutline(text);
  if (result.ok) return result;
  const reason = result.errors.map((e) => e.message).join("; ");
  problems.push(conformanceIssue("CONFORMANCE_OUTLINE_UNPARSED", { seed, reason }));
  return undefined;
}

function headingLines(outline: Pick<Outline, "sections">): string[] {
  return numberOutline(outline).map((n) => `${n.number} ${n.section.title}`);
}

function expectHeadings(
  what: string,
  outline: Outline,
  headings: readonly string[],
  problems: Issue[],
): void {
  const present = new Set(headingLines(outline));
  for (const heading of headings) {
    if (!present.has(heading))
      problems.push(conformanceIssue("CONFORMANCE_HEADING_MISSING", { what, heading }));
  }
}

function expectWarnings(
  what: string,
  actual: readonly string[],
  expected: readonly string[],
  problems: Issue[],
): void {
  if (actual.join(",") !== expected.join(",")) {
    problems.push(
      conformanceIssue("CONFORMANCE_OUTLINE_WARNINGS", {
        what,
        actual: `[${actual.join(", ")}]`,
        expected: `[${expected.join(", ")}]`,
      }),
    );
  }
}

/** Seed 000: from "ĐỀ CƯƠNG" to the end, every heading and guidance line, in order; the built-in outline prints the same. */
function checkSeed000(text: string, problems: Issue[]): void {
  const parsed = parseSeed("000", text, problems);
  if (!parsed) return;
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l.trim() === "ĐỀ CƯƠNG");
  const what = "Seed 000 (đề cương tổng kết)";
  problems.push(
    ...compareTexts(
      what,
      normalise(formatOutline(parsed.outline)),
      normalise(lines.slice(Math.max(start, 0)).join("\n")),
    ),
  );
  expectWarnings(
    what,
    parsed.warnings.map((w) => w.code),
    ["PREAMBLE_SKIPPED"],
    problems,
  );
  expectHeadings(
    what,
    parsed.outline,
    [
      "III- ĐÁNH GIÁ CHUNG",
      "Phần thứ hai ĐỀ XUẤT NHỮNG NỘI DUNG CHỦ YẾU CỦA CHƯƠNG TRÌNH PHÒNG, CHỐNG MA TÚY GIAI ĐOẠN TIẾP THEO (2021-2025)",
    ],
    problems,
  );
  checkBuiltinPrintsAs("tong-ket-ctpcmt-2020", parsed.outline, problems);
}

/** Seed 003: the whole plan up to "Nơi nhận", glued bold headings split; the built-in outline is its section II.1. */
function checkSeed003(text: string, problems: Issue[]): void {
  const parsed = parseSeed("003", text, problems);
  if (!parsed) return;
  const lines = text.split("\n");
  const end = lines.findIndex((l) => l.trim() === "Nơi nhận:");
  const what = "Seed 003 (kế hoạch sơ kết)";
  problems.push(
    ...compareTexts(
      what,
      normalise(formatOutline(parsed.outline)),
      normalise(lines.slice(0, end < 0 ? undefined : end).join("\n")),
    ),
  );
  const split = parsed.warnings.filter((w) => w.code === "HEADINGS_SPLIT").map((w) => w.code);
  expectWarnings(what, split, ["HEADINGS_SPLIT"], problems);
  expectHeadings(
    what,
    parsed.outline,
    [
      "II. NỘI DUNG VÀ PHƯƠNG PHÁP TIẾN HÀNH",
      "1. Nội dung sơ kết",
      "1.1. Công tác lãnh đạo, chỉ đạo thực hiện",
    ],
    problems,
  );
  const content = numberOutline(parsed.outline).find((n) => n.section.title === "Nội dung sơ kết")?.section;
  const builtin = getBuiltinOutline("so-ket-ct36-2024");
  const body = (sections: readonly OutlineSection[]) =>
    formatOutline({ title: "x", sections: [...sections] })
      .split("\n")
      .slice(2)
      .join("\n");
  if (!content || !builtin) {
    problems.push(conformanceIssue("CONFORMANCE_HEADING_MISSING", { what, heading: "1. Nội dung sơ kết" }));
    return;
  }
  problems.push(
    ...compareTexts(
      "Đề cương dựng sẵn so-ket-ct36-2024 (mục II.1 của seed 003)",
      body(builtin.sections),
      body([content]),
    ),
  );
}

/** Seed 004: the outline is imported, its damaged tail reported (not imported); the built-in outline prints the same. */
function checkSeed004(text: string, problems: Issue[]): void {
  const parsed = parseSeed("004", text, problems);
  if (!parsed) return;
  const lines = text.split("\n");
  const damagedAt = lines.findIndex((l) => l.trimStart().startsWith("Đ ?"));
  const lastLine = lines.map((l) => l.trim()).findLastIndex((l) => l !== "");
  const what = "Seed 004 (đề cương rà soát)";
  const damage = parsed.warnings
    .filter((w) => w.code === "DAMAGED_TEXT")
    .map((w) => `${w.lines?.from}–${w.lines?.to}`);
  expectWarnings(`${what}, dòng bị hỏng`, damage, [`${damagedAt + 1}–${lastLine + 1}`], problems);
  const formatted = formatOutline(parsed.outline);
  problems.push(
    ...compareTexts(
      what,
      normalise(formatted),
      normalise(lines.slice(0, damagedAt < 0 ? undefined : damagedAt).join("\n")),
    ),
  );
  expectHeadings(
    what,
    parsed.outline,
    [
      "1.1 Trong công tác quản lý người sử dụng trái phép chất ma túy, người nghiện ma túy và người bị quản lý sau cai nghiện, người nghi sử dụng trái phép chất ma túy, nghi nghiện ma túy.",
    ],
    problems,
  );
  checkBuiltinPrintsAs("ra-soat-nghien-diem-2024", parsed.outline, problems);
}

function checkBuiltinPrintsAs(id: string, seedOutline: Outline, problems: Issue[]): void {
  const builtin = getBuiltinOutline(id);
  const what = `Đề cương dựng sẵn ${id}`;
  if (!builtin) problems.push(conformanceIssue("CONFORMANCE_HEADING_MISSING", { what, heading: id }));
  else problems.push(...compareTexts(what, formatOutline(builtin), formatOutline(seedOutline)));
}

/** Seed 000 Phần thứ nhất III ("ĐÁNH GIÁ CHUNG") binds every 424nat row of the checklist, in its order. */
function checkNationalBindings(checklist: Checklist, problems: Issue[]): void {
  const expected = checklist.targets.filter((t) => t.id.startsWith("424nat-")).map((t) => t.id);
  const outline = getBuiltinOutline("tong-ket-ctpcmt-2020");
  const bound = outline ? (findSection(outline, "danh-gia-chung")?.bindings?.targets ?? []) : [];
  if (bound.join(",") !== expected.join(",")) {
    problems.push(
      conformanceIssue("CONFORMANCE_BINDINGS_DIFFER", {
        what: "Mục “ĐÁNH GIÁ CHUNG” của đề cương tong-ket-ctpcmt-2020",
        actual: `[${bound.join(", ")}]`,
        expected: `[${expected.join(", ")}]`,
      }),
    );
  }
}

/** The three seed outlines as the seeds print them, and the built-in outlines as the parsed seeds. */
export function checkSeedOutlines(spec: Specification, checklist: Checklist): Issue[] {
  const problems: Issue[] = [];
  checkSeed000(spec.seeds["000"] ?? "", problems);
  checkSeed003(spec.seeds["003"] ?? "", problems);
  checkSeed004(spec.seeds["004"] ?? "", problems);
  checkNationalBindings(checklist, problems);
  return problems;
}
