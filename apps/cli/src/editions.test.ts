import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, onTestFinished } from "vitest";
import { runCli } from "./test-io.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const examplePatch = join(root, "examples/patches/vi-du-hue.json");
const hueData = join(root, "examples/hue-2020/data.json");

/** A temporary folder with these JSON files in it; the tests run the CLI from there. */
function folderWith(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "pctm-patch-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  for (const [name, content] of Object.entries(files))
    writeFileSync(join(dir, name), JSON.stringify(content));
  return dir;
}

type UnitRow = { code: string; name: string; parentCode: string | null; level: number };

async function unitsJson(argv: string[], cwd?: string): Promise<UnitRow[]> {
  const r = await runCli(["units", ...argv, "--json"], cwd);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out) as UnitRow[];
}

const addCommune = {
  op: "add",
  unit: { code: "478-VD1", name: "Ví Dụ", kind: "commune", level: 3, parentCode: "478" },
};

describe("--patch on pctm units", () => {
  it("shows a renamed commune to a search, with or without diacritics", async () => {
    const before = await unitsJson(["--edition", "2020-01-01", "--search", "phu an moi"]);
    expect(before.map((u) => u.name)).not.toContain("Phú An Mới");
    const found = await unitsJson([
      "--edition",
      "2020-01-01",
      "--search",
      "phu an moi",
      "--patch",
      examplePatch,
    ]);
    expect(found[0]).toMatchObject({ code: "19912", name: "Phú An Mới", parentCode: "478" });
  });

  it("lists an added commune under its district and leaves a removed one out", async () => {
    const plain = await unitsJson(["--edition", "2020-01-01", "--under", "478"]);
    const patched = await unitsJson(["--edition", "2020-01-01", "--under", "478", "--patch", examplePatch]);
    expect(plain.map((u) => u.code)).toContain("19933");
    expect(patched.map((u) => u.code)).not.toContain("19933");
    expect(patched.find((u) => u.code === "478-VD1")).toMatchObject({ name: "Ví Dụ", level: 3 });
    expect(patched).toHaveLength(plain.length); // one added, one removed
  });

  it("applies several patches in order: a later one may change what an earlier one added", async () => {
    const dir = folderWith({
      "a.json": { id: "a", changes: [addCommune] },
      "b.json": { id: "b", changes: [{ op: "rename", code: "478-VD1", name: "Ví Dụ Hai" }] },
    });
    const both = await unitsJson(
      ["--edition", "2020-01-01", "--under", "478", "--patch", "a.json", "--patch", "b.json"],
      dir,
    );
    expect(both.find((u) => u.code === "478-VD1")?.name).toBe("Ví Dụ Hai");
    const reversed = await runCli(
      ["units", "--edition", "2020-01-01", "--patch", "b.json", "--patch", "a.json"],
      dir,
    );
    expect(reversed.code).toBe(2);
    expect(reversed.err).toContain("[UNIT_NOT_FOUND]: --patch b.json: dòng 1, code:");
  });

  it("refuses a bad patch with exit 2, naming the file, the row and the field", async () => {
    const dir = folderWith({
      "bad.json": {
        id: "bad",
        changes: [
          { op: "rename", code: "19912", name: "Phú An Mới" },
          { op: "add", unit: { code: "478-VD2", name: "X", kind: "commune", level: 3, parentCode: "999" } },
          { op: "move", code: "19912" },
        ],
      },
      "broken.json": "{",
    });
    const r = await runCli(["units", "--edition", "2020-01-01", "--patch", "bad.json"], dir);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain("--patch bad.json: dòng 3, parentCode:");
    const parent = await runCli(
      ["units", "--edition", "2020-01-01", "--patch", "parent.json"],
      folderWith({
        "parent.json": {
          id: "p",
          changes: [{ ...addCommune, unit: { ...addCommune.unit, parentCode: "999" } }],
        },
      }),
    );
    expect(parent.err).toBe(
      "Lỗi [UNIT_PARENT_INVALID]: --patch parent.json: dòng 1, unit, parentCode: không có đơn vị cấp trên mã 999\n",
    );
    const missing = await runCli(["units", "--edition", "2020-01-01", "--patch", "none.json"], dir);
    expect([missing.code, missing.err]).toEqual([
      2,
      "Lỗi [FILE_NOT_FOUND]: --patch none.json: không tìm thấy tệp none.json\n",
    ]);
  });
});

describe("--patch on pctm units remap", () => {
  it("asks which edition a patch without validFrom corrects, and uses the packaged mapping of a patched one", async () => {
    const dir = folderWith({
      "data.json": [{ orgUnit: "19912", dataElement: "addicts_registered", period: "2020", value: 7 }],
      "new.json": {
        id: "own-2025",
        validFrom: "2025-07-01",
        changes: [{ op: "rename", code: "46", name: "Huế (bản sửa)" }],
      },
    });
    const ambiguous = await runCli(
      [
        "units",
        "remap",
        "--from",
        "2020-01-01",
        "--to",
        "2025-07-01",
        "--data",
        "data.json",
        "--patch",
        examplePatch,
      ],
      dir,
    );
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.err).toContain("[PATCH_BASE_AMBIGUOUS]");
    const r = await runCli(
      [
        "units",
        "remap",
        "--from",
        "2020-01-01",
        "--to",
        "2025-07-01",
        "--data",
        "data.json",
        "--patch",
        "new.json",
        "--json",
      ],
      dir,
    );
    expect(r.code, r.err).toBe(0);
    const out = JSON.parse(r.out) as {
      dataValues: { orgUnit: string; value: unknown }[];
      unallocated: unknown[];
    };
    expect(out.dataValues.map((v) => v.value)).toEqual([7]);
    expect(out.unallocated).toEqual([]);
  });
});

describe("--patch on pctm report and pctm catalog evaluate", () => {
  it("renders a report whose data has a commune added by a patch, counted under its district", async () => {
    const data = JSON.parse(readFileSync(hueData, "utf8")) as { dataValues: { orgUnit: string }[] };
    const added = data.dataValues
      .filter((v) => v.orgUnit === "19912")
      .map((v) => ({ ...v, orgUnit: "478-VD1" }));
    const dir = folderWith({
      "data.json": { dataValues: [...data.dataValues, ...added] },
      "add.json": { id: "own", changes: [addCommune] },
    });
    const argv = ["report", "--campaign", "r-000", "--unit", "46", "--data", "data.json", "--out", "r.md"];
    const without = await runCli(argv, dir);
    expect(without.code).toBe(2);
    expect(without.err).toContain(
      '[DATA_VALUE_UNKNOWN_UNIT]: --data data.json: dòng 12633, orgUnit: không có đơn vị mã "478-VD1"',
    );
    const r = await runCli([...argv, "--patch", "add.json"], dir);
    expect(r.code, r.err).toBe(0);
    const md = readFileSync(join(dir, "r.md"), "utf8");
    // Phú Vang has 14 communes in the packaged list; with the added one, 15.
    expect(md).toContain("Huyện Phú Vang (tại thời điểm 30/6/2020): thiếu số liệu 1/15 xã, thị trấn");
  });

  it("judges a plan on a patched unit list, and refuses a bad patch with the exit code of its kind", async () => {
    const dir = folderWith({
      "data.json": [{ orgUnit: "478-VD1", dataElement: "addicts_registered", period: "2019", value: 3 }],
      "add.json": { id: "own", changes: [addCommune] },
      "bad.json": { id: "bad", changes: [{ op: "remove", code: "478" }] },
    });
    const argv = ["catalog", "evaluate", "--plan", "qd-424-2017", "--unit", "478-VD1", "--data", "data.json"];
    const without = await runCli(argv, dir);
    expect(without.code).toBe(2);
    expect(without.err).toContain('[UNIT_NOT_FOUND]: --unit: không có đơn vị hành chính mã "478-VD1"');
    const r = await runCli([...argv, "--patch", "add.json"], dir);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("Xã Ví Dụ");
    expect(r.out).toContain("(có bản sửa: add.json)");
    const bad = await runCli([...argv, "--patch", "bad.json"], dir);
    // Removing a unit that still has children collides with the unit list: a conflict, exit 1.
    expect([bad.code, bad.err]).toEqual([
      1,
      "Lỗi [UNIT_HAS_CHILDREN]: --patch bad.json: dòng 1, code: đơn vị 478 còn đơn vị trực thuộc; chuyển hoặc xóa chúng trước\n",
    ]);
  });
});

describe("--patch: what the user is told", () => {
  it("names an impossible validFrom as such, a blank added name at its row, and the ops an unknown op may be", async () => {
    const dir = folderWith({
      "date.json": { id: "x", validFrom: "2020-02-30", changes: [] },
      "blank.json": {
        id: "t",
        changes: [
          { op: "rename", code: "19915", name: "Phú Hải" },
          { op: "add", unit: { code: "478-W", name: "  ", kind: "commune", level: 3, parentCode: "478" } },
        ],
      },
      "op.json": { id: "x", changes: [{ op: "delete", code: "19912" }] },
    });
    const run = (file: string) => runCli(["units", "--edition", "2020-01-01", "--patch", file], dir);
    expect(await run("date.json")).toMatchObject({
      code: 2,
      err: "Lỗi [DATE_NOT_IN_CALENDAR]: --patch date.json: validFrom: ngày 30/2/2020 không tồn tại: tháng 2 năm 2020 chỉ có 29 ngày\n",
    });
    expect(await run("blank.json")).toMatchObject({
      code: 2,
      err: "Lỗi [UNIT_NAME_EMPTY]: --patch blank.json: dòng 2, unit, name: tên trống\n",
    });
    const op = await run("op.json");
    expect(op.code).toBe(2);
    expect(op.err).toContain("--patch op.json: dòng 1, op: phải là một trong: rename, add, remove, move");
  });

  it("stores a name written with its kind word once, and says so", async () => {
    const dir = folderWith({
      "t.json": {
        id: "t",
        changes: [
          { op: "add", unit: { code: "99", name: "Tỉnh Thử", kind: "province", level: 1, parentCode: null } },
        ],
      },
    });
    const r = await runCli(["units", "--edition", "2020-01-01", "--level", "1", "--patch", "t.json"], dir);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("Tỉnh Thử");
    expect(r.out).not.toContain("Tỉnh Tỉnh");
    expect(r.out.split("\n")[0]).toContain("(có bản sửa: t.json)");
    expect(r.err).toContain("Cảnh báo [PATCH_NAME_KIND_STRIPPED]: --patch t.json: dòng 1, unit, name:");
  });

  it("warns about a patch not in force for the report's data, and a report on patched lists names both patches", async () => {
    const dir = folderWith({
      "p2025.json": {
        id: "p2025",
        name: "Sửa 2025",
        validFrom: "2025-07-01",
        changes: [{ op: "rename", code: "22045", name: "Bình Kiến Mới" }],
      },
      "a.json": { id: "a", name: "Bản sửa A".normalize("NFD"), changes: [addCommune] },
      "b.json": { id: "b", changes: [{ op: "rename", code: "478", name: "Phú Vang Mới" }] },
    });
    const argv = ["report", "--campaign", "r-000", "--unit", "46", "--data", hueData, "--format", "md"];
    const notInForce = await runCli([...argv, "--out", "r1.md", "--patch", "p2025.json"], dir);
    expect(notInForce.code, notInForce.err).toBe(0);
    expect(notInForce.err).toContain(
      'Cảnh báo [PATCH_NOT_IN_FORCE]: --patch p2025.json: bản sửa "Sửa 2025" có hiệu lực từ 01/7/2025, không áp dụng cho danh mục dùng cho số liệu đến 30/6/2020',
    );
    expect(readFileSync(join(dir, "r1.md"), "utf8")).not.toContain("có bản sửa");
    const both = await runCli([...argv, "--out", "r2.md", "--patch", "a.json", "--patch", "b.json"], dir);
    expect(both.code, both.err).toBe(0);
    expect(both.err).not.toContain("PATCH_NOT_IN_FORCE");
    expect(readFileSync(join(dir, "r2.md"), "utf8")).toContain(
      "Danh mục đơn vị hành chính: Danh mục ba cấp (Tổng cục Thống kê, cập nhật đến 08/4/2023) (có bản sửa: Bản sửa A, b.json).",
    );
  });
});

describe("--patch on pctm units remap takes effect", () => {
  const files = {
    "data.json": [{ orgUnit: "22024", dataElement: "addicts", period: "2019", value: "10" }],
    "w.json": [
      { from: "22024", to: "22045", weight: "1/3" },
      { from: "22024", to: "22015", weight: "2/3" },
    ],
    "rm-new.json": { id: "rm-new", validFrom: "2025-07-01", changes: [{ op: "remove", code: "22045" }] },
    "rm-old.json": { id: "rm-old", validFrom: "2025-06-30", changes: [{ op: "remove", code: "22024" }] },
  };
  const argv = ["units", "remap", "--from", "2025-06-30", "--to", "2025-07-01", "--data", "data.json"];

  it("leaves the share of a new unit a patch removed unallocated, with its reason", async () => {
    const dir = folderWith(files);
    const r = await runCli([...argv, "--weights", "w.json", "--patch", "rm-new.json", "--json"], dir);
    expect(r.code, r.err).toBe(0);
    const out = JSON.parse(r.out) as {
      dataValues: { orgUnit: string; value: unknown }[];
      unallocated: { orgUnit: string; value: unknown; reason: string }[];
    };
    expect(out.dataValues.map((v) => [v.orgUnit, v.value])).toEqual([["22015", "20/3"]]);
    expect(out.unallocated.map((v) => [v.orgUnit, v.value, v.reason])).toEqual([
      ["22024", "10/3", "TARGET_UNIT_REMOVED"],
    ]);
    const table = await runCli([...argv, "--weights", "w.json", "--patch", "rm-new.json"], dir);
    expect(table.out).toContain("(có bản sửa: rm-new.json)");
  });

  it("refuses data of an old unit a patch removed, with exit 2", async () => {
    const dir = folderWith(files);
    const r = await runCli([...argv, "--weights", "w.json", "--patch", "rm-old.json"], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Lỗi [DATA_VALUE_UNKNOWN_UNIT]: --data data.json: dòng 1, orgUnit:");
  });
});
