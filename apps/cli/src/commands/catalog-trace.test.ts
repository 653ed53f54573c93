import { describe, expect, it } from "vitest";
import { runCli } from "../test-io.js";

describe("pctm catalog target: from a target to its quote, its document and what that implements", () => {
  it("walks 424ct-3b to Cần Thơ's plan and up to 424/QĐ-TTg", async () => {
    const { code, out } = await runCli(["catalog", "target", "424ct-3b"]);
    expect(code).toBe(0);
    expect(out).toContain(
      "Trích: “mỗi năm hơn 1% số người nghiện ma túy có hồ sơ quản lý đủ tiêu chuẩn đưa ra khỏi diện”",
    );
    expect(out).toContain("Văn bản: Ủy ban nhân dân thành phố Cần Thơ");
    expect(out).toMatch(/↑ 424\/QĐ-TTg ngày 07\/4\/2017 — Thủ tướng Chính phủ/);
  });

  it("finds a part of a compound target and names the whole", async () => {
    const { code, out } = await runCli(["catalog", "target", "424ct-l1.nguoi-dan"]);
    expect(code).toBe(0);
    expect(out).toContain("thuộc mục tiêu [424ct-l1]");
  });

  it("names the kind of target in Vietnamese, not by its schema name", async () => {
    const { out } = await runCli(["catalog", "target", "424ct-3a"]);
    expect(out).toContain("Loại: Định tính (đánh giá kèm căn cứ)");
    expect(out).not.toContain("qualitative");
  });

  it("--json carries the trace and the chain", async () => {
    const { code, out } = await runCli(["catalog", "target", "424ct-3b", "--json"]);
    expect(code).toBe(0);
    const trace = JSON.parse(out) as { target: { id: string }; chain: { document: { id: string } }[] };
    expect(trace.target.id).toBe("424ct-3b");
    expect(trace.chain.map((l) => l.document.id)).toContain("qd-424-2017");
  });

  it("an unknown id exits 2 with a code", async () => {
    const { code, err } = await runCli(["catalog", "target", "khong-co"]);
    expect(code).toBe(2);
    expect(err).toContain("[UNKNOWN_TARGET]");
  });
});
