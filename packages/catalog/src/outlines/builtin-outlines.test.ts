import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { findSection, formatOutline, numberOutline, type Outline, parseOutline } from "@pctm/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { getBuiltinOutline, listBuiltinOutlines } from "./index.js";

// The specification lives beside the repository: <repo>/../shared. Nothing here is skipped when
// it is missing: the tests fail and say where they looked.
const sharedDir = fileURLToPath(new URL("../../../../../shared/", import.meta.url));
const seedsDir = `${sharedDir}seeds/`;

function seedText(prefix: string): string {
  const name = readdirSync(seedsDir).find((file) => file.startsWith(prefix));
  if (!name) throw new Error(`Không tìm thấy văn bản mẫu ${prefix}_*.txt trong ${seedsDir}`);
  return readFileSync(`${seedsDir}${name}`, "utf8");
}

/** Whitespace collapsed, bold markers and Word bookmarks dropped: what "the same text" means here. */
function normalise(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\*\*/g, " ")
    .replace(/\[bookmark:[^\]]*\]/g, "")
    .replace(/\s+/g, " ")
    .replace(/ ([.,;:)])/g, "$1")
    .trim();
}

function parsed(text: string): {
  outline: Outline;
  warnings: readonly { code: string; lines: { from: number; to: number } }[];
} {
  const result = parseOutline(text);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("; "));
  return result;
}

function headingLines(outline: Outline): string[] {
  return numberOutline(outline).map((n) => `${n.number} ${n.section.title}`);
}

beforeAll(() => {
  if (!existsSync(seedsDir)) {
    throw new Error(
      `Thư mục văn bản mẫu không tồn tại: ${seedsDir} (cần ../shared/seeds cạnh thư mục gốc của kho mã)`,
    );
  }
});

describe("the three seed outlines round-trip through parseOutline and formatOutline", () => {
  it("seed 000: from “ĐỀ CƯƠNG” to the end, every heading and guidance line, in order", () => {
    const text = seedText("000");
    const lines = text.split("\n");
    const start = lines.findIndex((l) => l.trim() === "ĐỀ CƯƠNG");
    expect(start).toBeGreaterThan(0);
    const { outline, warnings } = parsed(text);
    expect(normalise(formatOutline(outline))).toBe(normalise(lines.slice(start).join("\n")));
    expect(warnings.map((w) => w.code)).toEqual(["PREAMBLE_SKIPPED"]);
    expect(headingLines(outline)).toContain("III- ĐÁNH GIÁ CHUNG");
    expect(headingLines(outline)).toContain(
      "Phần thứ hai ĐỀ XUẤT NHỮNG NỘI DUNG CHỦ YẾU CỦA CHƯƠNG TRÌNH PHÒNG, CHỐNG MA TÚY GIAI ĐOẠN TIẾP THEO (2021-2025)",
    );
  });

  it("seed 003: the whole plan up to “Nơi nhận”, with the glued bold headings split", () => {
    const text = seedText("003");
    const lines = text.split("\n");
    const end = lines.findIndex((l) => l.trim() === "Nơi nhận:");
    const { outline, warnings } = parsed(text);
    expect(normalise(formatOutline(outline))).toBe(normalise(lines.slice(0, end).join("\n")));
    expect(warnings.filter((w) => w.code === "HEADINGS_SPLIT")).toHaveLength(1);
    const headings = headingLines(outline);
    const at = headings.indexOf("II. NỘI DUNG VÀ PHƯƠNG PHÁP TIẾN HÀNH");
    expect(headings.slice(at, at + 3)).toEqual([
      "II. NỘI DUNG VÀ PHƯƠNG PHÁP TIẾN HÀNH",
      "1. Nội dung sơ kết",
      "1.1. Công tác lãnh đạo, chỉ đạo thực hiện",
    ]);
  });

  it("seed 004: the outline is imported and its damaged tail is reported, not imported", () => {
    const text = seedText("004");
    const lines = text.split("\n");
    const damagedAt = lines.findIndex((l) => l.trimStart().startsWith("Đ ?"));
    const lastLine = lines.map((l) => l.trim()).findLastIndex((l) => l !== "");
    expect(damagedAt).toBeGreaterThan(0);
    const { outline, warnings } = parsed(text);
    const damage = warnings.filter((w) => w.code === "DAMAGED_TEXT");
    expect(damage.map((w) => w.lines)).toEqual([{ from: damagedAt + 1, to: lastLine + 1 }]);
    const formatted = formatOutline(outline);
    expect(normalise(formatted)).toBe(normalise(lines.slice(0, damagedAt).join("\n")));
    expect(formatted).not.toMatch(/\S \? \S/);
    expect(headingLines(outline)).toContain(
      "1.1 Trong công tác quản lý người sử dụng trái phép chất ma túy, người nghiện ma túy và người bị quản lý sau cai nghiện, người nghi sử dụng trái phép chất ma túy, nghi nghiện ma túy.",
    );
  });
});

describe("the built-in outlines are the seed outlines, with bindings", () => {
  it("000 and 004 print exactly as the parsed seeds", () => {
    for (const [prefix, id] of [
      ["000", "tong-ket-ctpcmt-2020"],
      ["004", "ra-soat-nghien-diem-2024"],
    ] as const) {
      const builtin = getBuiltinOutline(id);
      expect(builtin, id).toBeDefined();
      expect(formatOutline(builtin as Outline)).toBe(formatOutline(parsed(seedText(prefix)).outline));
    }
  });

  it("003 is section II.1 of the plan, heading by heading", () => {
    const plan = parsed(seedText("003")).outline;
    const content = numberOutline(plan).find((n) => n.section.title === "Nội dung sơ kết")?.section;
    expect(content).toBeDefined();
    const builtin = getBuiltinOutline("so-ket-ct36-2024") as Outline;
    const body = (o: Pick<Outline, "title" | "sections">) => formatOutline(o).split("\n").slice(2).join("\n");
    expect(body(builtin)).toBe(body({ title: "x", sections: [content as Outline["sections"][number]] }));
  });

  it("seed 000 Phần thứ nhất III binds every 424nat target of SEED-TARGETS.md", () => {
    const checklist = readFileSync(`${sharedDir}domain/SEED-TARGETS.md`, "utf8");
    const expected = [...checklist.matchAll(/^\| (424nat-[0-9a-z]+) \|/gm)].map((m) => m[1]);
    const section = findSection(getBuiltinOutline("tong-ket-ctpcmt-2020") as Outline, "danh-gia-chung");
    expect(section?.title).toBe("ĐÁNH GIÁ CHUNG");
    expect(section?.bindings?.targets).toEqual(expected);
  });

  it("seed 004 §2.1 asks for the counts of people; seed 003 §1.4 names one agency per focus item", () => {
    const s21 = findSection(
      getBuiltinOutline("ra-soat-nghien-diem-2024") as Outline,
      "ra-soat-nguoi-nghien-su-dung",
    );
    expect(s21?.bindings?.dataElements).toEqual(
      expect.arrayContaining([
        "addicts_registered",
        "illegal_users_registered",
        "post_rehab_managed",
        "substitution_patients",
      ]),
    );
    const s14 = findSection(getBuiltinOutline("so-ket-ct36-2024") as Outline, "noi-dung-theo-co-quan");
    const perAgency = (s14?.guidance ?? []).filter((item) => item.kind === "-");
    expect(s14?.bindings?.agencies).toHaveLength(perAgency.length);
  });

  it("every built-in outline is valid and has unique ids", () => {
    const outlines = listBuiltinOutlines();
    expect(outlines.map((o) => o.id)).toEqual([
      "tong-ket-ctpcmt-2020",
      "so-ket-ct36-2024",
      "ra-soat-nghien-diem-2024",
    ]);
  });
});
