import { describe, expect, it } from "vitest";
import { runCli } from "../test-io.js";

describe("pctm catalog", () => {
  it("plans --json lists Cần Thơ's plan with its unit code", async () => {
    const { code, out } = await runCli(["catalog", "plans", "--json"]);
    expect(code).toBe(0);
    const plans = JSON.parse(out) as { id: string; scopeUnitCode?: string }[];
    expect(plans.find((p) => p.id === "can-tho-424")?.scopeUnitCode).toBe("92");
  });

  it("targets --plan --json gives id, planId, kind and the quote", async () => {
    const { code, out } = await runCli(["catalog", "targets", "--plan", "can-tho-424", "--json"]);
    expect(code).toBe(0);
    const targets = JSON.parse(out) as {
      id: string;
      planId: string;
      kind: string;
      source: { quote: string };
    }[];
    expect(targets).toHaveLength(46);
    const row = targets.find((t) => t.id === "424ct-2c");
    expect(row).toMatchObject({ planId: "can-tho-424", kind: "range" });
    expect(row?.source.quote).toBe("triệt xóa từ 5 - 10% số điểm mỗi năm trên địa bàn thành phố");
  });

  it("campaigns --json gives the five campaigns with their deadlines", async () => {
    const { code, out } = await runCli(["catalog", "campaigns", "--json"]);
    expect(code).toBe(0);
    const campaigns = JSON.parse(out) as {
      id: string;
      title: string;
      outlineId: string | null;
      dataWindow: string;
      deadlines: { due?: string }[];
    }[];
    expect(campaigns.map((c) => c.id)).toEqual(["r-000", "r-001", "r-002", "r-003", "r-004"]);
    const r000 = campaigns[0];
    expect(r000?.title).toBe("Tổng kết thực hiện Chương trình phòng, chống ma túy đến năm 2020");
    expect(r000?.dataWindow).toBe("2017-01-01/2020-06-30");
    expect(r000?.deadlines.map((d) => d.due)).toEqual(["2020-06-15", "2020-07-10"]);
  });

  it("show prints objectives, targets with quotes, projects, assignments and campaigns", async () => {
    const { code, out } = await runCli(["catalog", "show", "can-tho-424"]);
    expect(code).toBe(0);
    expect(out).toContain("“triệt xóa từ 5 - 10% số điểm mỗi năm trên địa bàn thành phố”");
    expect(out).toContain("DỰ ÁN, ĐỀ ÁN (9)");
    expect(out).toContain("PHÂN CÔNG (15)");
    expect(out).toContain("[r-002]");
    expect(out).toContain(
      "số liệu từ ngày 01/01/2017 đến ngày 31/12/2020 (danh mục chọn, văn bản không nêu)",
    );
    expect(out).toContain(
      "trong năm 2018: Các sở, ban ngành có liên quan và Ủy ban nhân dân quận, huyện → Công an thành phố",
    );
    expect(out).toContain("→ Công an thành phố (đồng gửi: Sở Kế hoạch và Đầu tư, Sở Tài chính)");
  });

  it("show of the 1001 plan prints its four orientations to 2030; plans and campaigns show titles and chosen windows", async () => {
    const show = await runCli(["catalog", "show", "kh-chien-luoc-1001"]);
    expect(show.out).toContain("ĐỊNH HƯỚNG");
    expect(show.out.split("ĐỊNH HƯỚNG")[1]?.match(/^ {2}I\.3\.[a-d]\. /gm)).toHaveLength(4);
    const plans = await runCli(["catalog", "plans"]);
    expect(plans.out).toContain("Chương trình phòng, chống ma túy đến năm 2020");
    const campaigns = await runCli(["catalog", "campaigns"]);
    expect(campaigns.out).toContain("(danh mục chọn, văn bản không nêu)");
  });

  it("show of an unknown plan exits 2 with a code", async () => {
    const { code, err } = await runCli(["catalog", "show", "khong-co"]);
    expect(code).toBe(2);
    expect(err).toContain("[CATALOG_UNKNOWN_PLAN]");
  });

  // With --seeds, the quotes are checked against the seed texts beside the repository: that run is part
  // of `npm run conformance`, so this test needs nothing outside the repository.
  it("check passes", async () => {
    const plain = await runCli(["catalog", "check"]);
    expect(plain.code).toBe(0);
  });

  it("check with a seeds folder that does not exist exits 2", async () => {
    const { code, err } = await runCli(["catalog", "check", "--seeds", "khong-co-thu-muc"]);
    expect(code).toBe(2);
    expect(err).toContain("[SEEDS_NOT_FOUND]");
  });
});
