import { describe, expect, it } from "vitest";
import { builtinCatalog } from "../catalog/builtin-catalog.js";
import { getBuiltinOutline } from "../outlines/index.js";
import { findTarget } from "./find-target.js";
import { getPlan, listCampaigns, targetsOfPlan } from "./get-plan.js";
import { implementationChain } from "./implementation-chain.js";
import { listPlans } from "./list-plans.js";

describe("implementationChain", () => {
  it("walks up from Huế's closing-review plan to the programme", () => {
    const chain = implementationChain("hue-2020-tong-ket");
    const up = chain?.up.map((l) => [l.document.reference, l.depth]);
    expect(up).toEqual([
      ["483/KH-UBQG-BCA", 1],
      ["147/KH-UBND", 1],
      ["424/QĐ-TTg", 2],
    ]);
  });

  it("walks down from Directive 36-CT/TW to Quảng Ngãi's review plan", () => {
    const down = implementationChain("ct-36-2019")?.down ?? [];
    const review = down.find((l) => l.document.id === "quang-ngai-so-ket-36");
    expect(review?.depth).toBe(1);
    expect(down.map((l) => l.document.reference)).toEqual(
      expect.arrayContaining(["227-KH/TU", "230-KH/ĐUCA", "157/KH-UBND"]),
    );
  });

  it("finds both Cần Thơ's plan and Huế's review below the 2020 programme", () => {
    const down = implementationChain("qd-424-2017")?.down.map((l) => l.document.id) ?? [];
    expect(down).toEqual(
      expect.arrayContaining(["can-tho-424", "kh-147-ubnd-hue-2017", "hue-2020-tong-ket"]),
    );
    expect(down.indexOf("hue-2020-tong-ket")).toBeGreaterThan(down.indexOf("kh-147-ubnd-hue-2017"));
  });

  it("is undefined for an unknown document", () => {
    expect(implementationChain("khong-co")).toBeUndefined();
  });
});

describe("queries", () => {
  it("lists the plans with their scope unit codes", () => {
    const plans = listPlans();
    expect(plans.find((p) => p.id === "can-tho-424")?.scopeUnitCode).toBe("92");
    expect(plans.find((p) => p.id === "hue-2020-tong-ket")?.scopeUnitCode).toBe("46");
    expect(plans.find((p) => p.id === "quang-ngai-so-ket-36")?.scopeUnitCode).toBe("51");
    expect(plans.find((p) => p.id === "can-tho-424")?.targetCount).toBe(46);
  });

  it("gives Cần Thơ's plan with its nine projects and fifteen assignments", () => {
    const details = getPlan("can-tho-424");
    expect(details?.projects).toHaveLength(9);
    expect(details?.assignments).toHaveLength(15);
    expect(details?.campaigns.map((c) => c.id)).toEqual(["r-002"]);
    expect(getPlan("hue-2020-tong-ket")?.projects).toHaveLength(10);
    expect(getPlan("hue-2020-tong-ket")?.reviewedTargets.map((t) => t.id)).toContain("424nat-7b");
    expect(getPlan("kh-chien-luoc-1001")?.assignments).toHaveLength(13);
  });

  it("goes from a target to its quote, its document and what that document implements", () => {
    const trace = findTarget("424ct-2c");
    expect(trace?.target.source?.quote).toBe("triệt xóa từ 5 - 10% số điểm mỗi năm trên địa bàn thành phố");
    expect(trace?.sourceDocument?.issuer).toBe("Ủy ban nhân dân thành phố Cần Thơ");
    expect(trace?.implements.map((d) => d.reference)).toEqual(["424/QĐ-TTg"]);
    expect(findTarget("424ct-l1.nguoi-dan")?.part?.kind).toBe("threshold");
  });

  it("lists targets of a plan and campaigns", () => {
    expect(targetsOfPlan("kh-chien-luoc-1001").map((t) => t.id)).toHaveLength(12);
    expect(listCampaigns(undefined, "quang-ngai-so-ket-36")[0]?.deadlines.map((d) => d.due)).toEqual([
      "2024-06-17",
      "2024-06-21",
      "2024-06-28",
      "2024-06-30",
    ]);
  });
});

describe("references", () => {
  it("catalog target 424nat-*: the chain runs from seed 000 up to Quyết định 424/QĐ-TTg", () => {
    for (const id of ["424nat-1", "424nat-6c", "424nat-7b"]) {
      const chain = findTarget(id)?.chain.map((l) => l.document.reference);
      expect(chain, id).toContain("483/KH-UBQG-BCA");
      expect(chain, id).toContain("424/QĐ-TTg");
    }
  });

  it("Nghị định 116/2021 is a decree; the Điện mật of 10/2024 is a cipher telegram seed 004 comes with", () => {
    const docs = builtinCatalog().documents;
    expect(docs.find((d) => d.reference === "116/2021/NĐ-CP")?.kind).toBe("decree");
    const telegram = docs.find((d) => d.id === "dm-483-bca-2024");
    expect(telegram?.kind).toBe("cipher_telegram");
    expect(telegram?.interpretations.join(" ")).toContain("để trống");
    expect(implementationChain("de-cuong-483-bca")?.up.map((l) => l.document.id)).toContain(
      "dm-483-bca-2024",
    );
  });

  it("seed 004 uses the forms of Hướng dẫn 689/HD-C04-P4 without implementing it", () => {
    const outline = builtinCatalog().documents.find((d) => d.id === "de-cuong-483-bca");
    expect(outline?.uses).toEqual(["hd-689-c04-2023"]);
    expect(outline?.implements).not.toContain("hd-689-c04-2023");
    expect(implementationChain("de-cuong-483-bca")?.up.map((l) => l.document.id)).not.toContain(
      "hd-689-c04-2023",
    );
  });
});

describe("readings the seeds do not state are marked as interpretations", () => {
  const catalog = builtinCatalog();
  const target = (id: string) => catalog.targets.find((t) => t.id === id);

  it("r-004's sender, and who issued seed 004", () => {
    expect(catalog.campaigns.find((c) => c.id === "r-004")?.interpretations.join(" ")).toContain(
      "Công an tỉnh gửi",
    );
    expect(catalog.documents.find((d) => d.id === "de-cuong-483-bca")?.interpretations).toHaveLength(1);
  });

  it("424nat-5 judges the detected area; 424nat-3's national scope is applied to one province", () => {
    expect(target("424nat-5")?.interpretation).toContain("diện tích phát hiện");
    expect(target("424nat-3")?.interpretation).toContain("“trên phạm vi toàn quốc”");
  });

  it("the r-003 outline says its title is the catalogue's and its attached outline is not in the seed", () => {
    const note = getBuiltinOutline("so-ket-ct36-2024")?.source?.note ?? "";
    expect(note).toContain("tên đề cương do danh mục đặt");
    expect(note).toContain("không có trong seed");
  });
});
