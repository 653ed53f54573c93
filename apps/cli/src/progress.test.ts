import { describe, expect, it } from "vitest";
import type { CliIo } from "./command.js";
import { formatBytes, progressBar } from "./progress.js";

function capture(tty: { isTty: boolean; stderrIsTty?: boolean }) {
  const lines: string[] = [];
  const io: CliIo = { out: () => {}, err: (t) => lines.push(t), cwd: ".", ...tty };
  return { io, lines };
}

const run = (step: (done: number, total: number) => void, total: number) => {
  for (let done = 0; done <= total; done++) step(done, total);
};

describe("progressBar", () => {
  it("writes only the start and the end of a phase to a log (stderr not a terminal)", () => {
    const { io, lines } = capture({ isTty: true, stderrIsTty: false });
    run(progressBar(io, "Đang tổng hợp"), 26);
    expect(lines).toEqual(["Đang tổng hợp: 0% (0/26)\n", "Đang tổng hợp: 100% (26/26)\n"]);
  });

  it("writes the end once even when the last step is reported twice", () => {
    const { io, lines } = capture({ isTty: false });
    const step = progressBar(io, "Đang xuất DOCX");
    run(step, 3);
    step(3, 3);
    expect(lines.filter((l) => l.includes("100%"))).toHaveLength(1);
  });

  it("redraws one line on a terminal and ends it with a newline", () => {
    const { io, lines } = capture({ isTty: false, stderrIsTty: true });
    run(progressBar(io, "Đang tổng hợp"), 4);
    expect(lines.filter((l) => l.startsWith("\r"))).toHaveLength(5);
    expect(
      lines
        .join("")
        .split("\n")
        .filter((l) => l !== ""),
    ).toHaveLength(1);
    expect(lines.at(-1)).toBe("\n");
  });

  it("writes amounts with the given format: the bytes of a file being read", () => {
    const { io, lines } = capture({ isTty: false });
    const step = progressBar(io, "Đọc tệp", formatBytes);
    step(0, 125_000_000);
    step(125_000_000, 125_000_000);
    expect(lines).toEqual(["Đọc tệp: 0% (0 B/119,2 MB)\n", "Đọc tệp: 100% (119,2 MB/119,2 MB)\n"]);
    expect([formatBytes(850), formatBytes(65_536)]).toEqual(["850 B", "64 KB"]);
  });
});
