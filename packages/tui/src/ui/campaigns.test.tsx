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

describe("campaigns search", () => {
  it("/ filters the campaigns without diacritics; Esc clears the filter", async () => {
    const { backend, remove } = memoryBackend();
    const { see, press, frame, app, waitGone } = startApp(backend);
    try {
      await see("r-004");
      await press("/", "chien luoc");
      await waitGone("r-000");
      expect(frame()).toContain("r-001");
      expect(frame()).not.toContain("r-004");
      await press(KEY.escape);
      await see("r-004");
      await waitGone("Không có");
    } finally {
      app.unmount();
      remove();
    }
  });
});
