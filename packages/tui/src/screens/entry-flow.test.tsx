import { afterEach, describe, expect, it } from "vitest";
import type { CampaignSummary, TuiBackend } from "../backend.js";
import { BACK_ENDS, backEndOf } from "../test-support/both-backends.js";
import { KEY, memoryBackend, startApp } from "../test-support/harness.js";

const CAN_THO: CampaignSummary = {
  id: "r-002",
  title: "Cần Thơ",
  planId: "can-tho-424",
  scopeUnit: "92",
  periods: ["2017", "2018", "2019", "2020"],
  hasOutline: false,
};

/** Phường An Thới (Quận Bình Thủy, Cần Thơ) and the field for new drug hotspots on its form. */
const COMMUNE = "31177";

async function openEntry(backend: TuiBackend) {
  const form = await backend.dataForm("r-002", COMMUNE, "2019");
  if (!form.ok) throw new Error(form.errors[0]?.message);
  const index = form.value.fields.findIndex((f) => f.dataElement === "hotspots_new");
  const ui = startApp(backend, {
    start: { kind: "entry", campaign: CAN_THO, unit: COMMUNE, period: "2019" },
  });
  await ui.see("Phường An Thới");
  for (let i = 0; i < index; i++) await ui.press(KEY.down);
  await ui.see("› Số điểm");
  return ui;
}

describe("data entry", () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const c of cleanups.splice(0)) c();
  });

  it("shows the failed rule in Vietnamese as the user types, and clears it when fixed", async () => {
    const { backend, remove } = memoryBackend();
    cleanups.push(remove);
    const ui = await openEntry(backend);
    cleanups.push(() => ui.app.unmount());
    await ui.press("1", ",", "5");
    await ui.see("FORM_NOT_WHOLE");
    expect(ui.flatFrame()).toContain("là số đếm: phải là số nguyên");
    await ui.press(KEY.backspace, KEY.backspace);
    await ui.press("-");
    await ui.see("FORM_NOT_A_NUMBER");
    await ui.press(KEY.backspace, KEY.backspace, "-", "2");
    await ui.see("không được là số âm");
    await ui.press(KEY.backspace, KEY.backspace, "2");
    await ui.waitGone("Lỗi [");
  });

  it.each(BACK_ENDS)("asks before saving, saves, and the target's verdict changes (%s)", async (kind) => {
    const { backend, remove } = await backEndOf(kind, "approver", "92");
    cleanups.push(remove);
    const before = await backend.targets("r-002", "92", "2019");
    expect(before.ok && before.value.find((t) => t.targetId === "424ct-2b")?.verdictLabel).toBe(
      "Chưa đủ dữ liệu",
    );
    const ui = await openEntry(backend);
    cleanups.push(() => ui.app.unmount());
    await ui.press("1", KEY.ctrl("s"));
    await ui.see("Lưu 1 thay đổi (hotspots_new = 1)?");
    await ui.press("y");
    await ui.see("Đã lưu 1 giá trị.");
    await ui.press(KEY.ctrl("t"));
    await ui.see("424ct-2b");
    expect(ui.frame()).toMatch(/424ct-2b\s+Không đạt/);
    const after = await backend.targets("r-002", "92", "2019");
    expect(after.ok && after.value.find((t) => t.targetId === "424ct-2b")?.verdictLabel).toBe("Không đạt");
  });

  it("a form still reloading after a save, left for the targets, is read again on return (a slow service)", async () => {
    const { backend: fast, remove } = memoryBackend();
    cleanups.push(remove);
    let loads = 0;
    const backend: TuiBackend = {
      ...fast,
      async dataForm(...args) {
        loads += 1;
        if (loads > 1) await new Promise((resolve) => setTimeout(resolve, 400));
        return fast.dataForm(...args);
      },
    };
    const ui = await openEntry(backend);
    cleanups.push(() => ui.app.unmount());
    await ui.press("1", KEY.ctrl("s"));
    await ui.see("Lưu 1 thay đổi");
    await ui.press("y");
    await ui.see("Đã lưu 1 giá trị.");
    await ui.press(KEY.ctrl("t"));
    await ui.see("424ct-2b");
    await ui.press(KEY.escape);
    await ui.see("Đã lưu 1 giá trị.");
    // Read again: the field holds the stored 1, not an unsaved change.
    await ui.waitGone("* 1");
    expect(ui.flatFrame()).toMatch(/mới phát sinh t… 1/);
  });

  it("Esc right after a save goes back without asking, even while the form is still reloading", async () => {
    const { backend: fast, remove } = memoryBackend();
    cleanups.push(remove);
    let loads = 0;
    const backend: TuiBackend = {
      ...fast,
      async dataForm(...args) {
        loads += 1;
        if (loads > 1) await new Promise((resolve) => setTimeout(resolve, 1500));
        return fast.dataForm(...args);
      },
    };
    const ui = startApp(backend, {
      start: { kind: "unit", campaign: CAN_THO, unit: COMMUNE, unitName: "Phường An Thới" },
    });
    cleanups.push(() => ui.app.unmount());
    await ui.see("Kỳ số liệu: ‹ 2020 ›");
    await ui.press("d");
    await ui.see("kỳ 2020");
    await ui.press("4", KEY.ctrl("s"));
    await ui.see("Lưu 1 thay đổi");
    await ui.press("y");
    await ui.see("Đã lưu 1 giá trị.");
    // The reload takes 1.5 s: the saved figure must already count as stored, not as an unsaved change.
    await ui.press(KEY.escape);
    await ui.see("Kỳ số liệu: ‹ 2020 ›");
    expect(ui.flatFrame()).not.toContain("Bỏ các thay đổi");
  });

  it("Esc with unsaved figures asks first; answering no keeps them", async () => {
    const { backend, remove } = memoryBackend();
    cleanups.push(remove);
    const ui = startApp(backend, {
      start: { kind: "unit", campaign: CAN_THO, unit: COMMUNE, unitName: "Phường An Thới" },
    });
    cleanups.push(() => ui.app.unmount());
    await ui.see("Kỳ số liệu: ‹ 2020 ›");
    await ui.press("[");
    await ui.see("Kỳ số liệu: ‹ 2019 ›");
    await ui.press("d");
    await ui.see("kỳ 2019");
    await ui.press("7", KEY.escape);
    await ui.see("Bỏ các thay đổi chưa lưu và quay lại?");
    await ui.press("n");
    await ui.waitGone("Bỏ các thay đổi");
    expect(ui.frame()).toContain("* 7");
    await ui.press(KEY.escape);
    await ui.see("Bỏ các thay đổi chưa lưu");
    await ui.press("y");
    await ui.see("Kỳ số liệu: ‹ 2019 ›");
    expect(ui.frame()).not.toContain("* 7");
  });

  it.each(BACK_ENDS)(
    "a value changed meanwhile shows both values and lets the user keep theirs (%s)",
    async (kind) => {
      const { backend, other: someoneElse, remove } = await backEndOf(kind, "approver", "92");
      cleanups.push(remove);
      const ui = await openEntry(backend);
      cleanups.push(() => ui.app.unmount());
      // Someone else saves 3 after the form was opened.
      const other = await someoneElse.saveValues("r-002", COMMUNE, "2019", [
        { dataElement: "hotspots_new", value: "3", expectedVersion: null },
      ]);
      expect(other.ok).toBe(true);
      await ui.press("5", KEY.ctrl("s"));
      await ui.see("Lưu 1 thay đổi");
      await ui.press("y");
      await ui.see("Xung đột");
      expect(ui.flatFrame()).toContain("của bạn 5 · đang lưu 3 (phiên bản 1)");
      await ui.press("m");
      await ui.see("Đã lưu 1 giá trị.");
      const history = await backend.audit({ dataElement: "hotspots_new", orgUnit: COMMUNE, period: "2019" });
      expect(history.ok && history.value.map((h) => h.newValue)).toEqual(["3", "5"]);
    },
  );

  it("warns with the data quality rule when a part exceeds its whole", async () => {
    const { backend, remove } = memoryBackend();
    cleanups.push(remove);
    const form = await backend.dataForm("r-002", COMMUNE, "2019");
    if (!form.ok) throw new Error("no form");
    const registered = form.value.fields.findIndex((f) => f.dataElement === "addicts_registered");
    const treated = form.value.fields.findIndex((f) => f.dataElement === "addicts_treated");
    const ui = startApp(backend, {
      start: { kind: "entry", campaign: CAN_THO, unit: COMMUNE, period: "2019" },
    });
    cleanups.push(() => ui.app.unmount());
    await ui.see("Phường An Thới");
    for (let i = 0; i < registered; i++) await ui.press(KEY.down);
    await ui.press("1", "0");
    for (let i = registered; i < treated; i++) await ui.press(KEY.down);
    await ui.press("1", "2");
    await ui.see("Cảnh báo [addicts_treated_le_addicts_registered]");
  });
});
