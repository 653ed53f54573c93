import { describe, expect, it } from "vitest";
import { runCli } from "../test-io.js";

describe("pctm tui", () => {
  it("is listed by pctm --help and shows its usage with examples", async () => {
    const help = await runCli(["--help"]);
    expect(help.out).toMatch(/^\s+tui\s+Giao diện toàn màn hình/m);
    const usage = await runCli(["tui", "--help"]);
    expect(usage.code).toBe(0);
    expect(usage.out).toContain("pctm tui --api <url> --token <mã truy cập>");
    expect(usage.out).toContain("Ví dụ:");
  });

  it("refuses to run without a terminal and an unknown option, both as bad usage (exit 2)", async () => {
    const piped = await runCli(["tui"]);
    // TUI_NEEDS_TERMINAL is invalid_input in the terminal UI's table: run it in a terminal instead.
    expect(piped.code).toBe(2);
    expect(piped.err).toContain("Lỗi [TUI_NEEDS_TERMINAL]");
    const wrong = await runCli(["tui", "--colour"]);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain("tùy chọn không được hỗ trợ: --colour");
  });
});
