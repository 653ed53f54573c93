import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../test-io.js";
import { docxParagraphs } from "./report-docx-text.test-util.js";

const root = fileURLToPath(new URL("../../../../", import.meta.url));
const example = (name: string) => join(root, "examples", "hue-2020", name);
const dir = mkdtempSync(join(tmpdir(), "pctm-report-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function render(campaign: string, format: string, extra: string[] = []) {
  const out = join(dir, `${campaign}.${format}`);
  const result = await runCli([
    "report",
    "--campaign",
    campaign,
    "--unit",
    "46",
    "--data",
    example("data.json"),
    "--format",
    format,
    "--out",
    out,
    ...extra,
  ]);
  return { ...result, file: out };
}

describe("pctm report r-000 (closing review, Thừa Thiên Huế, synthetic data)", async () => {
  const run = await render("r-000", "docx", ["--narratives", example("narratives.json")]);
  const { paragraphs } = await docxParagraphs(readFileSync(run.file));
  const at = (text: string) => paragraphs.indexOf(text);

  it("exits 0, shows progress and writes the DOCX", () => {
    expect(run.code).toBe(0);
    expect(run.err).toContain("Đang tổng hợp: 100%");
    expect(run.out).toContain("Đã lập báo cáo");
  });

  it("follows the seed 000 outline with generated numbering, in order", () => {
    const headings = [
      "BÁO CÁO",
      "Phần thứ nhất",
      "TÌNH HÌNH, KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH PHÒNG, CHỐNG MA TÚY ĐẾN NĂM 2020",
      "I. TÌNH HÌNH TỘI PHẠM VÀ TỆ NẠN MA TÚY",
      "3. Tình trạng sử dụng ma túy, tình hình người nghiện ma túy (Số liệu thống kê)",
      "II. KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH",
      "III- ĐÁNH GIÁ CHUNG",
      "Phần thứ hai",
      "Nơi nhận:",
    ].map(at);
    expect(headings.every((i) => i >= 0)).toBe(true);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
  });

  it("dates the report on the campaign's deadline and lists the district that sent nothing", () => {
    expect(paragraphs).toContain("Thừa Thiên Huế, ngày 10 tháng 7 năm 2020");
    expect(paragraphs).toContain("- Huyện Nam Đông;");
  });

  it("rolls the figures up by district with the province total", () => {
    const total = at("Toàn tỉnh");
    // addicts on record, 2017–2019 and the first half of 2020, as the generator designed them
    expect(paragraphs.slice(total, total + 5)).toEqual(["Toàn tỉnh", "1.410", "1.395", "1.362", "1.340"]);
  });

  it("judges the programme's targets with every verdict the data gives", () => {
    for (const verdict of ["Đạt", "Vượt", "Không đạt", "Chưa đến hạn", "Chưa đủ dữ liệu"]) {
      expect(paragraphs).toContain(verdict);
    }
    const row = at("Tỷ lệ điểm, tụ điểm được triệt xóa trong năm");
    expect(paragraphs.slice(row, row + 6)).toEqual([
      "Tỷ lệ điểm, tụ điểm được triệt xóa trong năm",
      "Năm 2017",
      "5% - 10%",
      "7,5%",
      "150%",
      "Đạt",
    ]);
  });

  it("gathers a district's narrative under its section with the district's name", () => {
    expect(paragraphs.some((p) => p.startsWith("Thành phố Huế: Thành phố Huế đã rà soát"))).toBe(true);
  });

  it("converts to PDF with LibreOffice, several pages, headings with their diacritics intact", () => {
    const profile = join(dir, "lo-profile");
    execFileSync(
      "soffice",
      [
        "--headless",
        `-env:UserInstallation=file://${profile}`,
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        run.file,
      ],
      { stdio: "pipe", timeout: 120_000 },
    );
    const pdf = join(dir, "r-000.pdf");
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(8);
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).normalize("NFC");
    for (const heading of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "BÁO CÁO",
      "Phần thứ nhất",
      "I. TÌNH HÌNH TỘI PHẠM VÀ TỆ NẠN MA TÚY",
      "III- ĐÁNH GIÁ CHUNG",
      "Phần thứ hai",
      "Nơi nhận:",
    ]) {
      expect(text).toContain(heading);
    }
  }, 180_000);
});

describe("pctm report on the other seed campaigns", () => {
  it("r-003 (Directive 36 interim review) follows its outline", async () => {
    const run = await render("r-003", "docx");
    expect(run.code).toBe(0);
    const { paragraphs } = await docxParagraphs(readFileSync(run.file));
    expect(paragraphs).toContain("BÁO CÁO");
    expect(paragraphs.some((p) => /^1\.1\. /.test(p))).toBe(true);
    expect(paragraphs.filter((p) => p.startsWith("[Nội dung chưa được cung cấp")).length).toBeGreaterThan(0);
  });

  it("r-004 (addicts and hotspots review) gives its figure tables with no data as dashes, never zeros", async () => {
    const run = await render("r-004", "docx");
    expect(run.code).toBe(0);
    const { paragraphs } = await docxParagraphs(readFileSync(run.file));
    expect(paragraphs).toContain("BÁO CÁO");
    expect(paragraphs.some((p) => /^I\. /.test(p))).toBe(true);
  });

  it("HTML and Markdown carry the same headings", async () => {
    const html = await render("r-000", "html");
    const md = await render("r-000", "md");
    expect(html.code + md.code).toBe(0);
    const page = readFileSync(html.file, "utf8");
    const text = readFileSync(md.file, "utf8");
    expect(page).toContain("I. TÌNH HÌNH TỘI PHẠM VÀ TỆ NẠN MA TÚY");
    expect(text).toContain("### I. TÌNH HÌNH TỘI PHẠM VÀ TỆ NẠN MA TÚY");
    expect(page).toContain("<svg");
  });
});

describe("pctm report refuses bad input with exit 2, a code, and nothing at --out", () => {
  const cases: [string, string[], string][] = [
    ["an unknown campaign", ["--campaign", "r-999"], "[CAMPAIGN_NOT_FOUND]"],
    ["an unknown unit", ["--unit", "99"], "[UNIT_NOT_FOUND]"],
    ["a missing data file", ["--data", "khong-co.json"], "[FILE_NOT_FOUND]"],
    ["an unknown format", ["--format", "pdf"], "[FORMAT_INVALID]"],
  ];
  for (const [what, override, code] of cases) {
    it(what, async () => {
      const out = join(dir, `fail-${code.slice(1, 8)}.docx`);
      const args: Record<string, string> = {
        "--campaign": "r-000",
        "--unit": "46",
        "--data": example("data.json"),
        "--format": "docx",
        "--out": out,
      };
      for (let i = 0; i < override.length; i += 2) args[override[i] as string] = override[i + 1] as string;
      const run = await runCli(["report", ...Object.entries(args).flat()], dir);
      expect(run.code).toBe(2);
      expect(run.err).toContain(code);
      expect(existsSync(out)).toBe(false);
    });
  }

  it("a data file that is not JSON, or not data values", async () => {
    writeFileSync(join(dir, "broken.json"), "{ dataValues: [");
    writeFileSync(join(dir, "wrong.json"), JSON.stringify({ dataValues: [{ period: "2019" }] }));
    for (const [file, code] of [
      ["broken.json", "[FILE_INVALID_JSON]"],
      ["wrong.json", "data.dataValues.0.dataElement: thiếu trường bắt buộc"],
    ] as const) {
      const out = join(dir, `bad-${file}.md`);
      const run = await runCli(
        ["report", "--campaign", "r-000", "--unit", "46", "--data", file, "--out", out],
        dir,
      );
      expect(run.code).toBe(2);
      expect(run.err).toContain(code);
      expect(existsSync(out)).toBe(false);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
