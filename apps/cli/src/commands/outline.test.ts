import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../test-io.js";

const dir = mkdtempSync(join(tmpdir(), "pctm-outline-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string) => {
  writeFileSync(join(dir, name), content);
  return name;
};

const SAMPLE = [
  " ĐỀ CƯƠNG BÁO CÁO",
  "I. ĐẶC ĐIỂM TÌNH HÌNH",
  "- Khái quát diễn biến tình hình;",
  "II. KẾT QUẢ**1. Công tác rà soát****1.1. Người nghiện**",
  "\t- Số người nghiện ma túy;",
  "III- ĐÁNH GIÁ CHUNG",
  " Đ ?  CƯƠNG BÁO CÁO   K ? t qu ?  công tác   rà soát, phát hi ? n, th ? ng kê",
].join("\n");

describe("pctm outline", () => {
  it("parse prints the tree for people, with the warnings", async () => {
    const { code, out } = await runCli(["outline", "parse", file("de-cuong.txt", SAMPLE)], dir);
    expect(code).toBe(0);
    expect(out).toContain("II. KẾT QUẢ");
    expect(out).toContain("    1.1. Người nghiện  (1 dòng hướng dẫn)");
    expect(out).toContain("III- ĐÁNH GIÁ CHUNG");
    expect(out).toContain("Cảnh báo [DAMAGED_TEXT]: de-cuong.txt: dòng 7: ");
  });

  it("parse --json gives { outline, warnings } and format prints it back as numbered text", async () => {
    const parsed = await runCli(["outline", "parse", "de-cuong.txt", "--json"], dir);
    expect(parsed.code).toBe(0);
    const body = JSON.parse(parsed.out) as {
      outline: { id: string };
      warnings: { code: string; lines: unknown }[];
    };
    expect(body.warnings).toContainEqual(
      expect.objectContaining({
        code: "DAMAGED_TEXT",
        lines: { from: 7, to: 7 },
        message: expect.stringContaining("bị hỏng"),
      }),
    );
    const formatted = await runCli(["outline", "format", file("de-cuong.json", parsed.out)], dir);
    expect(formatted.code).toBe(0);
    expect(formatted.out).toBe(
      [
        "ĐỀ CƯƠNG BÁO CÁO",
        "",
        "I. ĐẶC ĐIỂM TÌNH HÌNH",
        "- Khái quát diễn biến tình hình;",
        "II. KẾT QUẢ",
        "1. Công tác rà soát",
        "1.1. Người nghiện",
        "- Số người nghiện ma túy;",
        "III- ĐÁNH GIÁ CHUNG",
        "",
      ].join("\n"),
    );
  });

  it("exits 2 with a Vietnamese message when the input is not an outline or cannot be read", async () => {
    const prose = await runCli(
      ["outline", "parse", file("van-ban.txt", "Ngày 30/6/2020 đã tổng hợp xong số liệu.")],
      dir,
    );
    expect(prose.code).toBe(2);
    expect(prose.err).toContain("[NOT_AN_OUTLINE]");
    expect(prose.err).toContain("không phải là một đề cương");
    const missing = await runCli(["outline", "parse", "khong-co.txt"], dir);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe("Lỗi [FILE_NOT_FOUND]: khong-co.txt: không tìm thấy tệp\n");
    const notWord = await runCli(["outline", "parse", file("hong.docx", "không phải Word")], dir);
    expect(notWord.code).toBe(2);
    // A problem with the whole file names the file and no place in it: no empty location before a colon.
    expect(notWord.err).toMatch(/^Lỗi \[DOCX_UNREADABLE\]: \S*hong\.docx: Không đọc được tệp Word/);
    const badJson = await runCli(["outline", "format", file("hong.json", "{ khong")], dir);
    expect(badJson.code).toBe(2);
    expect(badJson.err).toMatch(/^Lỗi \[FILE_INVALID_JSON\]: \S*hong\.json: không phải là JSON hợp lệ/);
    const badOutline = await runCli(
      ["outline", "format", file("sai.json", JSON.stringify({ id: "x", title: "T", sections: [] }))],
      dir,
    );
    expect(badOutline.code).toBe(2);
    expect(badOutline.err).toMatch(/\[INVALID_TOO_SMALL\]: \S*sai\.json: sections: /);
  });

  it("list refuses what it does not take (an unknown option, a stray word) with exit 2, and gives --json", async () => {
    const bogus = await runCli(["outline", "list", "--bogus"]);
    expect([bogus.code, bogus.out]).toEqual([2, ""]);
    expect(bogus.err).toMatch(/^Lỗi \[USAGE\]: tùy chọn không được hỗ trợ: --bogus/);
    const stray = await runCli(["outline", "list", "extra"]);
    expect([stray.code, stray.err.startsWith(`Lỗi [USAGE]: không hiểu "extra"`)]).toEqual([2, true]);
    const json = await runCli(["outline", "list", "--json"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toContainEqual(expect.objectContaining({ id: "so-ket-ct36-2024" }));
  });

  it("list and show the built-in outlines", async () => {
    const list = await runCli(["outline", "list"], dir);
    expect(list.code).toBe(0);
    for (const id of ["tong-ket-ctpcmt-2020", "so-ket-ct36-2024", "ra-soat-nghien-diem-2024"])
      expect(list.out).toContain(id);
    const show = await runCli(["outline", "show", "tong-ket-ctpcmt-2020"], dir);
    expect(show.code).toBe(0);
    expect(show.out).toContain("  III- ĐÁNH GIÁ CHUNG  (9 dòng hướng dẫn)  [gắn: 12 mục tiêu]");
    const text = await runCli(["outline", "show", "ra-soat-nghien-diem-2024", "--text"], dir);
    expect(text.out).toContain("\n1.1 Trong công tác quản lý");
    const unknown = await runCli(["outline", "show", "khong-co"], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("[OUTLINE_NOT_FOUND]");
  });
});
