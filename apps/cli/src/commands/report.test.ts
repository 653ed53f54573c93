import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../test-io.js";
import { docxParagraphs } from "./report-docx-text.test-util.js";

const root = fileURLToPath(new URL("../../../../", import.meta.url));
const example = (name: string, folder = "hue-2020") => join(root, "examples", folder, name);
const dir = mkdtempSync(join(tmpdir(), "pctm-report-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function render(
  campaign: string,
  format: string,
  extra: string[] = [],
  where: { unit: string; folder: string } = { unit: "46", folder: "hue-2020" },
) {
  const out = join(dir, `${campaign}.${format}`);
  const result = await runCli([
    "report",
    "--campaign",
    campaign,
    "--unit",
    where.unit,
    "--data",
    example("data.json", where.folder),
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
    // addicts on record, 2017–2019 and the first half of 2020, as the generator designed them; every
    // total lacks Nam Đông's 10 communes, 2020S1 also 3 wards of Huế and a commune of Phú Vang: marked
    expect(paragraphs.slice(total, total + 5)).toEqual(["Toàn tỉnh", "1.410*", "1.395*", "1.362*", "1.340*"]);
    const hue = paragraphs.indexOf("Thành phố Huế");
    expect(paragraphs.slice(hue, hue + 5)).toEqual(["Thành phố Huế", "414", "395", "318", "358*"]);
    expect(paragraphs).toContain(
      "* Thành phố Huế (6 tháng đầu năm 2020): thiếu số liệu 3/36 xã, phường: Phường An Hòa, Phường Kim Long, Phường Thủy Xuân.",
    );
    expect(paragraphs).toContain(
      "* Toàn tỉnh (6 tháng đầu năm 2020): tổng chưa đầy đủ, thiếu số liệu 14/141 xã, phường, thị trấn: Thành phố Huế 3/36, Huyện Nam Đông 10/10, Huyện Phú Vang 1/14.",
    );
  });

  it("does not compare 127 communes' total with 131 communes' as if they were the same area", () => {
    expect(paragraphs).toContain(
      "Số người nghiện ma túy có hồ sơ quản lý toàn tỉnh tại thời điểm 30/6/2020 là 1.340 người (127/141 đơn vị báo cáo; tổng chưa đầy đủ); tại thời điểm 31/12/2019 là 1.362 người (131/141 đơn vị báo cáo; tổng chưa đầy đủ); hai kỳ không cùng các đơn vị báo cáo nên chưa so sánh tăng, giảm.",
    );
    expect(paragraphs.some((p) => p.includes("1.340 người, giảm 22 người"))).toBe(false);
  });

  it("names each target in bold with its document's words in italics under it", () => {
    const title = at(
      "Số vụ phạm tội về ma túy từ mức độ nghiêm trọng trở lên được phát hiện, xử lý tăng hơn 5%/năm",
    );
    expect(title).toBeGreaterThan(0);
    expect(paragraphs[title + 1]).toMatch(/^"…được phát hiện, xử lý tăng hơn 5% so với năm trước"/);
  });

  it("leaves a marked place for the signer's name", () => {
    const signer = at("CHỦ TỊCH");
    expect(paragraphs[signer + 1]).toBe("[Họ và tên]");
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
      // a range has no completion rate (c74ce69): 7,5% in 5–10% is "Đạt", not "150%"
      "—",
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

/** The paragraphs right after the n-th "Toàn tỉnh" row label: the totals of the n-th figure table. */
function totalsRow(paragraphs: readonly string[], n: number, columns: number): string[] {
  const starts = paragraphs.flatMap((p, i) => (p === "Toàn tỉnh" ? [i] : []));
  const at = starts[n] ?? -1;
  return paragraphs.slice(at + 1, at + 1 + columns);
}

function inOrder(paragraphs: readonly string[], texts: readonly string[]): number[] {
  return texts.map((t) => paragraphs.indexOf(t));
}

describe("pctm report r-003 (Directive 36 review, Quảng Ngãi, a Party report, synthetic data)", async () => {
  const run = await render("r-003", "docx", ["--narratives", example("narratives.json", "quang-ngai-2024")], {
    unit: "51",
    folder: "quang-ngai-2024",
  });
  const { paragraphs, xml } = await docxParagraphs(readFileSync(run.file));

  it("exits 0 and heads the report as Hướng dẫn 36-HD/VPTW does", () => {
    expect(run.code).toBe(0);
    const header = inOrder(paragraphs, [
      "ĐẢNG BỘ TỈNH QUẢNG NGÃI",
      "TỈNH ỦY",
      "*",
      "Số        -BC/TU",
      "ĐẢNG CỘNG SẢN VIỆT NAM",
      "Quảng Ngãi, ngày 30 tháng 6 năm 2024",
      "BÁO CÁO",
      // the directive's number kept on one line: a non-breaking hyphen in the DOCX
      // the directive cited with its date, as every citation of a catalogued document
      "Sơ kết 05 năm thực hiện Chỉ thị số 36\u2011CT/TW ngày 16/8/2019",
    ]);
    expect(paragraphs).not.toContain("BAN THƯỜNG VỤ TỈNH ỦY");
    expect(header.every((i) => i >= 0)).toBe(true);
    expect([...header].sort((a, b) => a - b)).toEqual(header);
    expect(paragraphs).not.toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(paragraphs).not.toContain("Độc lập - Tự do - Hạnh phúc");
    expect(xml).toMatch(/<w:u w:val="single"\/>[\s\S]{0,400}ĐẢNG CỘNG SẢN VIỆT NAM/);
    expect(paragraphs.some((p) => p.startsWith("Ban Thường vụ Tỉnh ủy báo cáo kết quả sơ kết 05 năm"))).toBe(
      true,
    );
  });

  it("follows seed 003's outline 1.–1.4. in order", () => {
    const headings = inOrder(paragraphs, [
      "1. Nội dung sơ kết",
      "1.1. Công tác lãnh đạo, chỉ đạo thực hiện",
      "1.2. Kết quả triển khai thực hiện các nhiệm vụ, giải pháp",
    ]);
    const later = ["1.3. Đánh giá chung", "1.4. Ngoài các nội dung"].map((t) =>
      paragraphs.findIndex((p) => p.startsWith(t)),
    );
    const all = [...headings, ...later];
    expect(all.every((i) => i >= 0)).toBe(true);
    expect([...all].sort((a, b) => a - b)).toEqual(all);
  });

  it("tabulates the generator's figures by district, with Lý Sơn reporting for itself and Sơn Tây missing", () => {
    // 2020, 2021, 2022, 2023, 01/01–15/6/2024
    // Sơn Tây's 9 communes never report, so every total is partial ("*").
    expect(totalsRow(paragraphs, 0, 5)).toEqual(["142*", "156*", "171*", "183*", "97*"]);
    expect(totalsRow(paragraphs, 1, 5)).toEqual(["612*", "648*", "701*", "735*", "720*"]);
    expect(totalsRow(paragraphs, 2, 5)).toEqual(["420*", "465*", "512*", "560*", "583*"]);
    expect(totalsRow(paragraphs, 3, 5)).toEqual(["19*", "17*", "15*", "12*", "11*"]);
    expect(paragraphs).toContain("01/01/2024 - 15/6/2024");
    const sonTay = paragraphs.indexOf("Huyện Sơn Tây");
    expect(paragraphs.slice(sonTay + 1, sonTay + 6)).toEqual(["—", "—", "—", "—", "—"]);
    expect(paragraphs).toContain("Huyện Lý Sơn");
    expect(paragraphs).toContain("- Huyện Sơn Tây;");
    // Lý Sơn has no communes: counted apart from the 173 communes, not as a 174th
    expect(paragraphs).toContain(
      "* Toàn tỉnh (năm 2020, năm 2021, năm 2022, năm 2023): tổng chưa đầy đủ, thiếu số liệu 9/174 đơn vị báo cáo (173 xã, phường, thị trấn và 1 huyện không có đơn vị cấp xã): Huyện Sơn Tây 9/9.",
    );
  });

  it("sets a partial year's cases beside the same days a year earlier, and stocks at two dates, without a change between different communes", () => {
    // 162 communes reported in 2024, 165 a year earlier: both totals stated, no increase computed.
    expect(
      paragraphs.some((p) =>
        p.includes(
          "từ ngày 01/01/2024 đến ngày 15/6/2024 là 97 vụ (162/174 đơn vị báo cáo; tổng chưa đầy đủ); cùng kỳ năm 2023 là 88 vụ (165/174 đơn vị báo cáo; tổng chưa đầy đủ); hai kỳ không cùng các đơn vị báo cáo",
        ),
      ),
    ).toBe(true);
    expect(
      paragraphs.some((p) =>
        p.includes(
          "tại thời điểm 15/6/2024 là 720 người (162/174 đơn vị báo cáo; tổng chưa đầy đủ); tại thời điểm 31/12/2023 là 735 người",
        ),
      ),
    ).toBe(true);
    expect(paragraphs.some((p) => p.includes("97 vụ, giảm 86 vụ") || p.includes("97 vụ, tăng 9 vụ"))).toBe(
      false,
    );
  });

  it("gathers the Party bodies' narratives under 1.4 and signs for the Ban Thường vụ", () => {
    expect(
      paragraphs.some((p) => p.startsWith("Đảng ủy Công an tỉnh: Đảng ủy Công an tỉnh đã tham mưu")),
    ).toBe(true);
    const signature = inOrder(paragraphs, [
      "Nơi nhận:",
      "- Đảng ủy Công an Trung ương,",
      "- Lưu Văn phòng Tỉnh ủy.",
      "T/M BAN THƯỜNG VỤ",
      "BÍ THƯ",
    ]);
    expect(signature.every((i) => i >= 0)).toBe(true);
    // Directive 36 sets no figure the catalogue judges: no target table, so no verdict.
    expect(paragraphs).not.toContain("Kết quả thực hiện các mục tiêu");
  });
});

describe("pctm report r-004 (addicts and hotspots review, Quảng Bình, police report, synthetic data)", async () => {
  const run = await render("r-004", "docx", ["--narratives", example("narratives.json", "quang-binh-2025")], {
    unit: "44",
    folder: "quang-binh-2025",
  });
  const { paragraphs } = await docxParagraphs(readFileSync(run.file));

  it("exits 0 with the provincial police's header and signature", () => {
    expect(run.code).toBe(0);
    // "483/KH-BCA-C04" never splits at a hyphen at the end of a line: non-breaking hyphens in the DOCX;
    // and it carries its date, since 483/KH-UBQG-BCA (2019) exists too (REFERENCES.md §1)
    expect(paragraphs).toContain(
      "Sơ kết giai đoạn 1 và tổng kết giai đoạn 2 thực hiện Kế hoạch số 483/KH\u2011BCA\u2011C04 ngày 07/10/2024",
    );
    expect(
      paragraphs.some((p) => p.includes("Kế hoạch số 483/KH\u2011BCA\u2011C04 ngày 07/10/2024, với số liệu")),
    ).toBe(true);
    const header = inOrder(paragraphs, [
      "BỘ CÔNG AN",
      "CÔNG AN TỈNH QUẢNG BÌNH",
      "Số:        /BC-CAT-PC04",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Quảng Bình, ngày 30 tháng 5 năm 2025",
    ]);
    expect(header.every((i) => i >= 0)).toBe(true);
    expect([...header].sort((a, b) => a - b)).toEqual(header);
    expect(paragraphs).toContain("GIÁM ĐỐC");
    expect(paragraphs).toContain("- Huyện Minh Hóa;");
    // "Nơi nhận" does not name the issuing body itself
    expect(paragraphs).toContain("- Bộ Công an (qua C04, V01);");
    expect(paragraphs).not.toContain("- Công an tỉnh;");
  });

  it("states the province's own figure (rehabilitation capacity) once, with no table by district and no one missing", () => {
    const sentence =
      "Khả năng tiếp nhận của các cơ sở cai nghiện ma túy toàn tỉnh tại thời điểm 30/5/2025 là 350 người.";
    expect(paragraphs).toContain(sentence);
    expect(paragraphs).not.toContain("Khả năng tiếp nhận của các cơ sở cai nghiện ma túy (người)");
    expect(paragraphs.some((p) => p.startsWith("8/8 đơn vị chưa báo cáo"))).toBe(false);
  });

  it("dates stocks: the opening count of hotspots at the window's start, the others at its end, no partial-year remark", () => {
    expect(paragraphs).toContain(
      "Số điểm, tụ điểm phức tạp về ma túy đầu kỳ toàn tỉnh tại thời điểm 07/10/2024 là 23 điểm (132/145 đơn vị báo cáo; số liệu chưa đầy đủ).",
    );
    expect(paragraphs).toContain("Tại thời điểm 07/10/2024");
    expect(paragraphs).toContain("Tại thời điểm 30/5/2025");
    const stockSentences = paragraphs.filter((p) => p.includes("tại thời điểm"));
    expect(stockSentences.length).toBeGreaterThan(5);
    expect(stockSentences.filter((p) => p.includes("chưa đủ năm"))).toEqual([]);
  });

  it("follows seed 004's outline I–V with 2.1 and 2.2 under II.2", () => {
    const headings = inOrder(paragraphs, [
      "I. ĐẶC ĐIỂM TÌNH HÌNH CÓ LIÊN QUAN",
      "II. KẾT QUẢ CÁC MẶT CÔNG TÁC",
      "1. Công tác tham mưu chỉ đạo",
      "2. Công tác rà soát, phát hiện, thống kê",
      "2.2. Kết quả rà soát, phát hiện, thống kê điểm, tụ điểm phức tạp về ma túy",
      "III. NHẬN XÉT, ĐÁNH GIÁ",
      "IV. KIẾN NGHỊ, ĐỀ XUẤT",
      "V. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
    ]);
    expect(headings.every((i) => i >= 0)).toBe(true);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
  });

  it("gives §2.1's counts of people by district with the province's totals", () => {
    // addicts, illegal users, post-rehab, substitution treatment, suspected users
    // Minh Hóa's 13 communes sent nothing: every total is marked partial.
    expect([0, 1, 2, 3, 4].map((n) => totalsRow(paragraphs, n, 1)[0])).toEqual([
      "486*",
      "1.135*",
      "212*",
      "318*",
      "97*",
    ]);
    expect(
      paragraphs.some((p) =>
        p.startsWith(
          "Số người nghiện ma túy có hồ sơ quản lý toàn tỉnh tại thời điểm 30/5/2025 là 486 người (132/145 đơn vị báo cáo",
        ),
      ),
    ).toBe(true);
    // two communes of Bố Trạch gave no count of suspected users
    expect(
      paragraphs.some((p) => p.includes("là 97 người (130/145 đơn vị báo cáo; số liệu chưa đầy đủ)")),
    ).toBe(true);
    expect(paragraphs).not.toContain("Kết quả thực hiện các mục tiêu");
  });
});

describe("pctm report, other formats", () => {
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
    ["an --out extension that contradicts --format", ["--out", "b.md"], "[FORMAT_EXTENSION_MISMATCH]"],
    ["a --date that is not a calendar day", ["--date", "2020-02-30"], "[DATE_NOT_IN_CALENDAR]"],
    ["a --date not written YYYY-MM-DD", ["--date", "30/02/2020"], "[DATE_INVALID]"],
  ];
  for (const [what, override, code] of cases) {
    it(what, async () => {
      const out = join(dir, `fail-${code.slice(1, -1)}.docx`);
      const args: Record<string, string> = {
        "--campaign": "r-000",
        "--unit": "46",
        "--data": example("data.json"),
        "--format": "docx",
        "--out": out,
      };
      for (let i = 0; i < override.length; i += 2) args[override[i] as string] = override[i + 1] as string;
      const written = join(dir, args["--out"] as string);
      const run = await runCli(["report", ...Object.entries(args).flat()], dir);
      expect(run.code).toBe(2);
      expect(run.err).toContain(code);
      expect(existsSync(out)).toBe(false);
      expect(existsSync(written)).toBe(false);
    });
  }

  it("an --out without an extension and no --format: says how to name the format", async () => {
    const run = await runCli(
      ["report", "--campaign", "r-000", "--unit", "46", "--data", example("data.json"), "--out", "noext"],
      dir,
    );
    expect(run.code).toBe(2);
    expect(run.err).toContain("[FORMAT_MISSING]");
    expect(run.err).toContain("thêm --format docx|html|md hoặc đặt đuôi tệp .docx/.html/.md");
    expect(existsSync(join(dir, "noext"))).toBe(false);
  });

  it("a data file that is not JSON, or not data values", async () => {
    writeFileSync(join(dir, "broken.json"), "{ dataValues: [");
    writeFileSync(join(dir, "wrong.json"), JSON.stringify({ dataValues: [{ period: "2019" }] }));
    for (const [file, code] of [
      ["broken.json", "[FILE_INVALID_JSON]"],
      ["wrong.json", "dataElement: thiếu trường bắt buộc"],
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

  it("a row whose period is not a period id (31/2/2020): its row named, an existing report left as it was", async () => {
    const data = JSON.parse(readFileSync(example("data.json"), "utf8")) as {
      dataValues: { period: string }[];
    };
    (data.dataValues[500] as { period: string }).period = "31/2/2020";
    writeFileSync(join(dir, "bad-period.json"), JSON.stringify(data));
    const out = join(dir, "keep.docx");
    writeFileSync(out, "báo cáo cũ");
    const run = await runCli(
      ["report", "--campaign", "r-000", "--unit", "46", "--data", "bad-period.json", "--out", out],
      dir,
    );
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/\[DATA_VALUE_INVALID_PERIOD\].*dòng 501.*31\/2\/2020/);
    expect(readFileSync(out, "utf8")).toBe("báo cáo cũ");
  });

  it("rows whose unit code is no unit of the edition: exit 2 naming the rows, 20 at most then a count", async () => {
    const data = JSON.parse(readFileSync(example("data.json"), "utf8")) as {
      dataValues: { orgUnit: string }[];
    };
    for (let i = 500; i < 525; i++) (data.dataValues[i] as { orgUnit: string }).orgUnit = String(99000 + i);
    writeFileSync(join(dir, "unknown-unit.json"), JSON.stringify(data));
    const out = join(dir, "unknown-unit.md");
    const run = await runCli(
      ["report", "--campaign", "r-000", "--unit", "46", "--data", "unknown-unit.json", "--out", out],
      dir,
    );
    expect(run.code).toBe(2);
    expect(run.err).toContain(
      'Lỗi [DATA_VALUE_UNKNOWN_UNIT]: --data unknown-unit.json: dòng 501, orgUnit: không có đơn vị mã "99500"',
    );
    expect(run.err.match(/\[DATA_VALUE_UNKNOWN_UNIT\]/g)?.length).toBe(20);
    expect(run.err).toContain("… và 5 lỗi khác");
    expect(existsSync(out)).toBe(false);
  });

  it("--format md with an --out name without extension writes Markdown there", async () => {
    const out = join(dir, "bao-cao-khong-duoi");
    const run = await runCli([
      "report",
      "--campaign",
      "r-000",
      "--unit",
      "46",
      "--data",
      example("data.json"),
      "--format",
      "md",
      "--out",
      out,
    ]);
    expect(run.code).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("# BÁO CÁO");
  });
});

describe("pctm report: the signer, text typed decomposed, and rows of other provinces", () => {
  it("rows of a unit outside the reported province are left out with a warning that counts them", async () => {
    const data = JSON.parse(readFileSync(example("data.json"), "utf8")) as {
      dataValues: { orgUnit: string }[];
    };
    // Quảng Trị (45) is a real province in the 2020 edition, outside Thừa Thiên Huế.
    const extra = ["2017", "2018", "2019"].map((period) => ({
      ...data.dataValues[0],
      period,
      orgUnit: "45",
    }));
    writeFileSync(
      join(dir, "with-neighbour.json"),
      JSON.stringify({ dataValues: [...data.dataValues, ...extra] }),
    );
    const out = join(dir, "with-neighbour.md");
    const run = await runCli(
      ["report", "--campaign", "r-000", "--unit", "46", "--data", "with-neighbour.json", "--out", out],
      dir,
    );
    expect(run.code).toBe(0);
    expect(run.err).toMatch(
      /Cảnh báo \[DATA_VALUE_OUTSIDE_UNIT\].*3 dòng số liệu của 1 đơn vị không thuộc Tỉnh Thừa Thiên Huế không được dùng/,
    );
  });

  it("signs with the narratives file's signer, --signer first; NFD text comes out NFC", async () => {
    const narratives = JSON.parse(readFileSync(example("narratives.json"), "utf8")) as {
      narratives: { paragraphs: string[] }[];
    };
    const nfd = {
      signer: "Nguyễn Văn Phương".normalize("NFD"),
      narratives: narratives.narratives.map((n) => ({
        ...n,
        paragraphs: n.paragraphs.map((p) => p.normalize("NFD")),
      })),
    };
    writeFileSync(join(dir, "nfd.json"), JSON.stringify(nfd));
    const base = ["report", "--campaign", "r-000", "--unit", "46", "--data", example("data.json")];
    const fromFile = join(dir, "signed.md");
    const first = await runCli([...base, "--narratives", "nfd.json", "--out", fromFile], dir);
    expect(first.code).toBe(0);
    const text = readFileSync(fromFile, "utf8");
    expect(text).toBe(text.normalize("NFC"));
    expect(text).toContain("**Nguyễn Văn Phương**");
    expect(text).toContain("Thành phố Huế đã rà soát");
    const fromOption = join(dir, "signed-option.md");
    const second = await runCli(
      [...base, "--narratives", "nfd.json", "--signer", "Lê Thị B", "--out", fromOption],
      dir,
    );
    expect(second.code).toBe(0);
    expect(readFileSync(fromOption, "utf8")).toContain("**Lê Thị B**");
    expect(readFileSync(fromOption, "utf8")).not.toContain("Nguyễn Văn Phương");
  });
});
