import { describe, expect, it } from "vitest";
import { toTargetUnitScope } from "../figures/target-unit-scope.js";
import type { Edition } from "./edition.js";
import { applyEditionPatch } from "./edition-patch.js";
import { editionInForce } from "./edition-registry.js";
import { NEW, OLD } from "./fixture.test-helper.js";
import { ancestors, children, descendantsAtLevel, levelNames, unitByCode } from "./query-hierarchy.js";
import { searchUnits } from "./search-units.js";
import { fullUnitName, type Unit } from "./unit.js";

const codes = (units: readonly { code: string }[]) => units.map((x) => x.code);

describe("hierarchy queries", () => {
  it("finds a unit, its ancestors nearest first, its children in Vietnamese order", () => {
    expect(unitByCode(OLD, "20002")?.name).toBe("Phú Đa");
    expect(codes(ancestors(OLD, "20002"))).toEqual(["478", "46"]);
    expect(children(OLD).map((x) => x.name)).toEqual(["Đà Nẵng", "Thừa Thiên Huế"]);
    expect(children(OLD, "474").map((x) => x.name)).toEqual(["Dương Nỗ", "Đông Ba", "Vỹ Dạ"]);
  });

  it("lists descendants at a level across districts, and the unit itself at its own level", () => {
    expect(descendantsAtLevel(OLD, "46", 3).map((x) => x.name)).toEqual([
      "Dương Nỗ",
      "Đông Ba",
      "Phú Đa",
      "Phú Thuận",
      "Phú Vang",
      "Vỹ Dạ",
    ]);
    expect(codes(descendantsAtLevel(OLD, "478", 2))).toEqual(["478"]);
    expect(descendantsAtLevel(OLD, "20001", 2)).toEqual([]);
  });

  it("names the levels each edition has", () => {
    expect(levelNames(OLD).map((l) => l.name)).toEqual(["cấp tỉnh", "cấp huyện", "cấp xã"]);
    expect(levelNames(NEW).map((l) => l.name)).toEqual(["cấp tỉnh", "cấp xã"]);
  });
});

describe("searchUnits", () => {
  it("ranks the exact name first, shallower levels first on ties; the kind word narrows", () => {
    expect(searchUnits(OLD, "phu vang").map(fullUnitName)).toEqual(["Huyện Phú Vang", "Xã Phú Vang"]);
    expect(searchUnits(OLD, "xã Phú Vang").map(fullUnitName)[0]).toBe("Xã Phú Vang");
    expect(searchUnits(OLD, "huyen phu vang").map(fullUnitName)[0]).toBe("Huyện Phú Vang");
    expect(searchUnits(OLD, "phu").map((x) => x.name)).toEqual([
      "Phú Vang",
      "Phú Đa",
      "Phú Thuận",
      "Phú Vang",
    ]);
    expect(searchUnits(OLD, "chau", { level: 3 }).map((x) => x.name)).toEqual(["Hải Châu I"]);
    expect(searchUnits(OLD, "phu", { under: "474" })).toEqual([]);
    expect(searchUnits(OLD, "   ")).toEqual([]);
  });
});

describe("searchUnits: short kind words and word starts", () => {
  const u = (code: string, name: string, kind: Unit["kind"], level: Unit["level"], parentCode: string) => ({
    code,
    name,
    kind,
    level,
    parentCode,
  });
  const WIDER: Edition = {
    ...OLD,
    units: [
      ...OLD.units,
      u("20008", "Cổ Nhuế 1", "ward", 3, "490"),
      u("20009", "Huế Xuân", "commune", 3, "478"),
      u("491", "1", "urban_district", 2, "48"),
      u("20010", "1", "ward", 3, "490"),
      u("479", "Hương Thủy", "district_town", 2, "46"),
    ],
  };
  const first = (text: string) => fullUnitName(searchUnits(WIDER, text)[0] as Unit);

  it('reads "tp", "TP.", "t.p", "tx", "tt", "q.", "h.", "p.", "x." as the kind word', () => {
    for (const text of ["tp hue", "TP. Huế", "t.p huế", "Tp.Huế", "thành phố Huế"]) {
      expect(first(text), text).toBe("Thành phố Huế");
    }
    expect(first("tx huong thuy")).toBe("Thị xã Hương Thủy");
    expect(first("tt phu da")).toBe("Thị trấn Phú Đa");
    expect(first("h. Phú Vang")).toBe("Huyện Phú Vang");
    expect(first("x. phu vang")).toBe("Xã Phú Vang");
    expect(first("q.1")).toBe("Quận 1");
    expect(first("p.1")).toBe("Phường 1");
    expect(first("p. vy da")).toBe("Phường Vỹ Dạ");
  });

  it("takes a bare letter for the start of a name, not for a kind word", () => {
    expect(searchUnits(WIDER, "x phu vang")).toEqual([]);
    expect(searchUnits(WIDER, "p 1")).toEqual([]);
  });

  it("matches at the start of a word only: hue finds Huế, not Cổ Nhuế; exact > prefix > word start", () => {
    expect(searchUnits(WIDER, "hue").map(fullUnitName)).toEqual([
      "Thành phố Huế",
      "Xã Huế Xuân",
      "Tỉnh Thừa Thiên Huế",
    ]);
    expect(searchUnits(WIDER, "nhue").map(fullUnitName)).toEqual(["Phường Cổ Nhuế 1"]);
    expect(searchUnits(WIDER, "ue")).toEqual([]);
  });
});

describe("editions by date and patches", () => {
  it("answers the edition in force on a day, the last listed winning", () => {
    const pick = (d: string) => {
      const r = editionInForce([OLD, NEW], d);
      return r.ok ? r.value.id : r.errors[0]?.code;
    };
    expect([pick("2019-12-31"), pick("2025-06-30"), pick("2025-07-01"), pick("2025-13-01")]).toEqual([
      "old",
      "old",
      "new",
      "EDITION_DATE_INVALID",
    ]);
    const impossible = editionInForce([OLD, NEW], "2025-02-30");
    expect(impossible.ok ? "accepted" : impossible.errors[0]).toMatchObject({
      code: "EDITION_DATE_INVALID",
      message: expect.stringContaining("chỉ có 28 ngày"),
    });
    expect(pick("2024-02-29")).toBe("old");
    const own = { ...NEW, id: "own", validFrom: "2026-01-01" };
    const r = editionInForce([OLD, NEW, own], "2026-03-01");
    expect(r.ok && r.value.id).toBe("own");
    expect(editionInForce([NEW], "2020-01-01").ok).toBe(false);
  });

  it("renames, adds, moves and removes units without editing the base", () => {
    const r = applyEditionPatch(NEW, {
      id: "own",
      validFrom: "2026-01-01",
      changes: [
        { op: "rename", code: "30002", name: "Phú Xuân" },
        { op: "add", unit: { code: "30009", name: "Hòa Vang", kind: "commune", level: 3, parentCode: "48" } },
        { op: "move", code: "30001", parentCode: "48" },
        { op: "remove", code: "30003" },
      ],
    });
    if (!r.ok) throw new Error(r.errors[0]?.message);
    expect(unitByCode(r.value, "30002")?.name).toBe("Phú Xuân");
    expect(children(r.value, "48").map((x) => x.name)).toEqual(["Hòa Vang", "Phú Vang"]);
    expect(unitByCode(r.value, "30003")).toBeUndefined();
    expect(unitByCode(NEW, "30002")?.name).toBe("Thuận Hóa");
  });

  it("rejects a bad patch with codes and paths", () => {
    const r = applyEditionPatch(OLD, {
      id: "bad",
      changes: [
        { op: "remove", code: "478" },
        { op: "move", code: "20001", parentCode: "20002" },
        { op: "rename", code: "99999", name: "X" },
        { op: "add", unit: { code: "46", name: "Trùng", kind: "province", level: 1, parentCode: null } },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.code, e.path.join(".")])).toEqual([
      ["UNIT_HAS_CHILDREN", "changes.0.code"],
      ["UNIT_PARENT_INVALID", "changes.1.parentCode"],
      ["UNIT_NOT_FOUND", "changes.2.code"],
      ["UNIT_CODE_DUPLICATE", "changes.3.unit.code"],
    ]);
    const wrongKind = applyEditionPatch(OLD, {
      id: "bad",
      changes: [{ op: "add", unit: { code: "1", name: "X", kind: "ward", level: 2, parentCode: "46" } }],
    });
    expect(!wrongKind.ok && wrongKind.errors[0]?.code).toBe("UNIT_KIND_LEVEL_MISMATCH");
  });

  it("names the patch row of an added unit whose parent is missing or not higher", () => {
    const r = applyEditionPatch(OLD, {
      id: "bad",
      changes: [
        { op: "add", unit: { code: "77777", name: "A", kind: "commune", level: 3, parentCode: "999" } },
        { op: "add", unit: { code: "77778", name: "B", kind: "commune", level: 3, parentCode: "20001" } },
      ],
    });
    expect(!r.ok && r.errors.map((e) => [e.code, e.path.join("."), e.message])).toEqual([
      ["UNIT_PARENT_INVALID", "changes.0.unit.parentCode", "không có đơn vị cấp trên mã 999"],
      ["UNIT_PARENT_INVALID", "changes.1.unit.parentCode", "đơn vị 20001 không ở cấp cao hơn 77778"],
    ]);
  });
});

describe("toTargetUnitScope", () => {
  it("gives units of a level under an ancestor, and undefined for a level the edition lacks", () => {
    expect(toTargetUnitScope(OLD).unitsAtLevel("46", 2)).toEqual(["474", "478"]);
    expect(toTargetUnitScope(NEW).unitsAtLevel("46", 2)).toBeUndefined();
    expect(toTargetUnitScope(NEW).nameOf("46")).toBe("Thành phố Huế");
  });
});
