import JSZip from "jszip";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sampleReportModel } from "../testing/sample-model.js";
import { reportDayOf } from "./docx-dates.js";
import { renderDocx } from "./render-docx.js";

afterEach(() => {
  vi.useRealTimers();
});

describe("a DOCX dated by its report", () => {
  it("two renders of the same model, at different times, give byte-identical files", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2031-03-04T05:06:07Z"));
    const first = await renderDocx(sampleReportModel());
    vi.setSystemTime(new Date("2033-09-10T11:12:13Z"));
    const second = await renderDocx(sampleReportModel());
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    // Two full renders with charts: seconds on a busy machine, not a hang.
  }, 30_000);

  it("is created and modified on the report's day, in its properties and its zip entries", async () => {
    const zip = await JSZip.loadAsync(await renderDocx(sampleReportModel()));
    const core = (await zip.file("docProps/core.xml")?.async("string")) ?? "";
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2020-07-10T00:00:00.000Z</dcterms:created>',
    );
    expect(core).toContain(
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2020-07-10T00:00:00.000Z</dcterms:modified>',
    );
    expect(core).toContain("<dc:title>");
    const days = new Set(Object.values(zip.files).map((f) => f.date.toISOString().slice(0, 10)));
    expect([...days]).toEqual(["2020-07-10"]);
  });

  it("reads the day from the place and date line, and no day from a blank or impossible one", () => {
    expect(reportDayOf("Thừa Thiên Huế, ngày 10 tháng 7 năm 2020")?.toISOString()).toBe(
      "2020-07-10T00:00:00.000Z",
    );
    expect(reportDayOf("Huế, ngày 05 tháng 01 năm 2021")?.toISOString()).toBe("2021-01-05T00:00:00.000Z");
    expect(reportDayOf("Huế, ngày … tháng … năm 2021")).toBeUndefined();
    expect(reportDayOf("Huế, ngày 30 tháng 2 năm 2021")).toBeUndefined();
  });
});
