import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { CampaignSummary } from "../backend.js";
import { BACK_ENDS, backEndOf } from "../test-support/both-backends.js";
import { KEY, memoryBackend, startApp, type TestUi } from "../test-support/harness.js";

const CAN_THO: CampaignSummary = {
  id: "r-002",
  title: "Cần Thơ",
  planId: "can-tho-424",
  scopeUnit: "92",
  periods: ["2017", "2018", "2019", "2020"],
  hasOutline: false,
};
const HUE: CampaignSummary = {
  id: "r-000",
  title: "Tổng kết Huế",
  planId: "hue-2020-tong-ket",
  scopeUnit: "46",
  periods: ["2017", "2018", "2019", "2020"],
  hasOutline: true,
};
const PHU_VANG = { unit: "478", unitName: "Huyện Phú Vang" };

describe("screens", () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const c of cleanups.splice(0)) c();
  });
  const setup = (start?: NonNullable<Parameters<typeof startApp>[1]>["start"], columns?: number) => {
    const memory = memoryBackend();
    const ui: TestUi = startApp(memory.backend, {
      ...(start ? { start } : {}),
      ...(columns ? { columns } : {}),
    });
    cleanups.push(() => ui.app.unmount(), memory.remove);
    return { ...memory, ui };
  };

  it("unit picker: a tree that opens and closes, and search without diacritics", async () => {
    const { ui } = setup({ kind: "units", campaign: CAN_THO });
    await ui.see("▾ Thành phố Cần Thơ (92)");
    await ui.press(KEY.down);
    await ui.see("› ▸ Quận Bình Thủy (918)");
    await ui.press(KEY.right);
    await ui.see("Phường An Thới (31177)");
    await ui.press(KEY.left);
    await ui.waitGone("Phường An Thới (31177)");
    await ui.press("/", "t", "h", "o", "t", " ", "n", "o", "t");
    await ui.see("Quận Thốt Nốt");
    expect(ui.frame()).not.toContain("Quận Bình Thủy");
    await ui.press(KEY.enter);
    await ui.see("Kỳ số liệu: ‹ 2020 ›");
    expect(ui.frame()).toContain("Quận Thốt Nốt");
  });

  it("help overlay lists the current screen's keys; any key closes it", async () => {
    const { ui } = setup({ kind: "units", campaign: CAN_THO });
    await ui.see("Thành phố Cần Thơ");
    await ui.press("?");
    await ui.see("Trợ giúp — Chọn đơn vị");
    expect(ui.flatFrame()).toContain("tìm theo tên (gõ không dấu cũng được)");
    expect(ui.flatFrame()).toContain("thoát (khi không gõ chữ)");
    await ui.press("x");
    await ui.waitGone("Trợ giúp");
    await ui.see("Thành phố Cần Thơ");
  });

  it("targets: verdict, actual against expected, the sentence and a sparkline of the years", async () => {
    const { ui, backend } = setup();
    for (const [period, value] of [
      ["2017", "2"],
      ["2018", "0"],
      ["2019", "1"],
    ] as const) {
      await backend.saveValues("r-002", "31177", period, [
        { dataElement: "hotspots_new", value, expectedVersion: null },
      ]);
    }
    ui.app.unmount();
    const shown = startApp(backend, {
      start: { kind: "targets", campaign: CAN_THO, unit: "92", period: "2019" },
    });
    cleanups.push(() => shown.app.unmount());
    await shown.see("424ct-2b");
    expect(shown.frame()).toMatch(/424ct-2b\s+Không đạt\s+1\s+0\s+█▁▅·/);
    for (let i = 0; i < 2; i++) await shown.press("j");
    await shown.see("Không đạt: Không phát sinh điểm phức tạp về ma túy: 1 (mục tiêu không để phát sinh)");
  });

  it("campaign: deadlines in working days and each unit's status after a submission", async () => {
    const { ui, backend } = setup({ kind: "campaign", campaign: HUE });
    await ui.see("Hạn báo cáo");
    expect(ui.flatFrame()).toContain("15/06/2020 · đã quá hạn");
    expect(ui.flatFrame()).toContain("[Chưa nộp] Huyện Phú Vang (478)");
    const submitted = await backend.transition("r-000", "478", "submit");
    expect(submitted.ok).toBe(true);
    await ui.press("r");
    await ui.see("[Nộp muộn] Huyện Phú Vang (478)");
  });

  it("workflow: submit, return with a reason (Esc asks before dropping it); a returned report cannot be approved", async () => {
    const { ui } = setup({ kind: "workflow", campaign: HUE, ...PHU_VANG });
    await ui.see("Trạng thái: Đang soạn");
    await ui.press("s");
    await ui.see("Nộp báo cáo của Huyện Phú Vang?");
    await ui.press("y");
    await ui.see("Trạng thái: Đã nộp");
    await ui.press("t");
    await ui.see("Lý do trả lại:");
    await ui.press("thiếu số liệu xã");
    await ui.press(KEY.escape);
    await ui.see("Bỏ lý do đang gõ?");
    await ui.press("n");
    await ui.see("Lý do trả lại: thiếu số liệu xã");
    await ui.press(KEY.enter);
    await ui.see("Trả lại báo cáo của Huyện Phú Vang với lý do “thiếu số liệu xã”?");
    await ui.press("c");
    await ui.see("Trạng thái: Bị trả lại");
    expect(ui.flatFrame()).toContain("lý do: thiếu số liệu xã");
    await ui.press("a");
    await ui.see("Duyệt báo cáo");
    await ui.press("y");
    await ui.see("Lỗi [");
  });

  it("a district submits, the province approves, and the report renders as DOCX", async () => {
    const { ui, reportDir } = setup({ kind: "unit", campaign: HUE, ...PHU_VANG });
    await ui.see("Kỳ số liệu");
    await ui.press("w");
    await ui.see("Trạng thái: Đang soạn");
    await ui.press("s");
    await ui.see("Nộp báo cáo");
    await ui.press("y");
    await ui.see("Trạng thái: Đã nộp");
    await ui.press("a");
    await ui.see("Duyệt báo cáo của Huyện Phú Vang?");
    await ui.press("y");
    await ui.see("Trạng thái: Đã duyệt");
    await ui.press(KEY.escape);
    await ui.see("Kỳ số liệu");
    await ui.press("b");
    await ui.see("Định dạng: [DOCX (Word)]");
    await ui.press(KEY.enter);
    await ui.see("Đã lập báo cáo:", 60_000);
    const path = join(reportDir, "r-000-478.docx");
    expect(ui.flatFrame()).toContain(path);
    // A DOCX is a zip archive.
    expect(readFileSync(path).subarray(0, 2).toString("latin1")).toBe("PK");
  }, 90_000);

  it.each(BACK_ENDS)(
    "narratives: edit a section paragraph by paragraph, save after confirming (%s)",
    async (kind) => {
      const { backend, remove } = await backEndOf(kind, "editor", "46");
      const ui = startApp(backend, { start: { kind: "narratives", campaign: HUE, ...PHU_VANG } });
      cleanups.push(() => ui.app.unmount(), remove);
      await ui.see("(chưa viết)");
      await ui.press(KEY.enter);
      await ui.see("Soạn:");
      await ui.press("Đoạn một.", KEY.enter, "Đoạn hai.");
      await ui.press(KEY.ctrl("s"));
      await ui.see("Lưu mục");
      await ui.press("y");
      await ui.see("Đã lưu mục");
      await ui.see("2 đoạn");
      const stored = await backend.narratives("r-000", "478");
      const written = stored.ok ? stored.value.find((s) => s.paragraphs.length > 0) : undefined;
      expect(written?.paragraphs).toEqual(["Đoạn một.", "Đoạn hai."]);
    },
  );

  it("report: renders with a progress bar, then shows the file's path", async () => {
    const { ui, reportDir } = setup({ kind: "report", campaign: HUE, ...PHU_VANG });
    await ui.see("Định dạng:");
    await ui.press("m", KEY.enter);
    await ui.see("Đã lập báo cáo:", 30_000);
    expect(ui.flatFrame()).toContain("100%");
    expect(ui.flatFrame()).toContain(`${reportDir}/r-000-478.md`.replace(/\s+/g, " "));
  });

  it("audit: a value's history from the data entry screen", async () => {
    const { ui, backend } = setup();
    await backend.saveValues("r-002", "31177", "2019", [
      { dataElement: "hotspots_new", value: "3", expectedVersion: null },
    ]);
    await backend.saveValues("r-002", "31177", "2019", [
      { dataElement: "hotspots_new", value: "4", expectedVersion: 1 },
    ]);
    ui.app.unmount();
    const shown = startApp(backend, {
      start: {
        kind: "audit",
        key: { dataElement: "hotspots_new", orgUnit: "31177", period: "2019" },
        name: "Điểm mới",
      },
    });
    cleanups.push(() => shown.app.unmount());
    await shown.see("(trống) → 3");
    expect(shown.flatFrame()).toContain("3 → 4 · phiên bản 2");
  });

  it("fits 80 columns and shows no colour codes without colour", async () => {
    const { ui } = setup({ kind: "campaign", campaign: CAN_THO }, 80);
    await ui.see("Hạn báo cáo");
    for (const line of ui.frame().split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
    // No foreground colour escape (ESC [ 3x m) anywhere.
    expect(ui.frame()).not.toMatch(new RegExp(`${String.fromCharCode(27)}\\[3\\dm`));
  });
});
