import { describe, expect, it } from "vitest";
import { applyEditionPatch, stripKindWord } from "./edition-patch.js";
import { OLD } from "./fixture.test-helper.js";
import { fullUnitName } from "./unit.js";

const unitOf = (r: ReturnType<typeof applyEditionPatch>, code: string) =>
  r.ok ? r.value.units.find((u) => u.code === code) : undefined;

describe("applyEditionPatch: names written with their kind word", () => {
  it("strips a leading kind word matching the unit's kind and warns at the row", () => {
    const r = applyEditionPatch(OLD, {
      id: "p",
      changes: [
        { op: "rename", code: "20001", name: "Xã Phú An Mới" },
        { op: "add", unit: { code: "99", name: "tỉnh  Thử", kind: "province", level: 1, parentCode: null } },
        { op: "rename", code: "474", name: "THANH PHO Huế" },
      ],
    });
    expect(r.ok).toBe(true);
    expect(fullUnitName(unitOf(r, "20001") ?? { name: "", kind: "commune" })).toBe("Xã Phú An Mới");
    expect(fullUnitName(unitOf(r, "99") ?? { name: "", kind: "province" })).toBe("Tỉnh Thử");
    expect(unitOf(r, "474")?.name).toBe("Huế");
    expect(r.ok && r.warnings.map((w) => [w.code, w.path.join(".")])).toEqual([
      ["PATCH_NAME_KIND_STRIPPED", "changes.0.name"],
      ["PATCH_NAME_KIND_STRIPPED", "changes.1.unit.name"],
      ["PATCH_NAME_KIND_STRIPPED", "changes.2.name"],
    ]);
  });

  it("keeps a kind word of another kind, a word that merely starts alike, and NFD input as NFC", () => {
    const nfd = "Phường Đúc".normalize("NFD");
    const r = applyEditionPatch(OLD, {
      id: "p",
      changes: [
        { op: "rename", code: "20001", name: nfd },
        { op: "rename", code: "20002", name: "Xãnh Tươi" },
      ],
    });
    expect(unitOf(r, "20001")?.name).toBe("Phường Đúc".normalize("NFC"));
    expect(unitOf(r, "20002")?.name).toBe("Xãnh Tươi");
    expect(r.ok && r.warnings).toEqual([]);
  });

  it("the kind word alone is a name, not an empty one", () => {
    expect(stripKindWord("Xã", "commune")).toEqual({ name: "Xã", stripped: false });
    expect(stripKindWord("xa   Phu  An", "commune")).toEqual({ name: "Phu An", stripped: true });
  });
});

describe("applyEditionPatch: problems named at the patch row", () => {
  it("a blank name is UNIT_NAME_EMPTY at its row, for add and rename", () => {
    const r = applyEditionPatch(OLD, {
      id: "p",
      changes: [
        { op: "rename", code: "20001", name: "Phú Hải" },
        { op: "add", unit: { code: "478-W", name: "  ", kind: "commune", level: 3, parentCode: "478" } },
        { op: "rename", code: "20002", name: " \t" },
      ],
    });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.map((e) => [e.code, e.path.join("."), e.message])).toEqual([
      ["UNIT_NAME_EMPTY", "changes.1.unit.name", "tên trống"],
      ["UNIT_NAME_EMPTY", "changes.2.name", "tên trống"],
    ]);
  });

  it("an unknown op lists the accepted ops", () => {
    const r = applyEditionPatch(OLD, { id: "p", changes: [{ op: "delete", code: "20001" }] });
    expect(r.ok).toBe(false);
    const message = r.ok ? "" : (r.errors[0]?.message ?? "");
    for (const op of ["rename", "add", "remove", "move"]) expect(message).toContain(op);
    expect(r.ok ? [] : r.errors[0]?.path).toEqual(["changes", 0, "op"]);
  });

  it("an impossible validFrom is DATE_NOT_IN_CALENDAR", () => {
    const r = applyEditionPatch(OLD, { id: "p", validFrom: "2020-02-30", changes: [] });
    expect(r.ok ? [] : r.errors.map((e) => [e.code, e.path.join(".")])).toEqual([
      ["DATE_NOT_IN_CALENDAR", "validFrom"],
    ]);
  });
});
