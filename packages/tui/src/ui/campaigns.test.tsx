import { afterEach, describe, expect, it } from "vitest";
import { KEY, memoryBackend, startApp } from "../test-support/harness.js";

describe("campaigns screen", () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const c of cleanups.splice(0)) c();
  });

  it("lists the campaigns and opens one with its deadlines and units", async () => {
    const { backend, remove } = memoryBackend();
    cleanups.push(remove);
    const { see, press, frame, app } = startApp(backend);
    cleanups.push(() => app.unmount());
    await see("r-002");
    await press(KEY.down, "j");
    await press(KEY.enter);
    await see("Hạn báo cáo");
    expect(frame()).toContain("Quận Ninh Kiều");
    expect(frame()).toContain("[Chưa nộp]");
  });
});
