import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { commands } from "./commands/index.js";
import { runCli } from "./test-io.js";

describe("pctm", () => {
  it("--help lists every command", async () => {
    const { code, out } = await runCli(["--help"]);
    expect(code).toBe(0);
    for (const command of commands) expect(out).toContain(command.name);
  });

  it("an unknown command exits 2 with a Vietnamese message and a code", async () => {
    const { code, err } = await runCli(["khong-co"]);
    expect(code).toBe(2);
    expect(err).toContain("[UNKNOWN_COMMAND]");
    expect(err).toContain("không có lệnh");
  });

  it("the built bin runs as `pctm --help`", () => {
    const bin = fileURLToPath(new URL("../bin/pctm.js", import.meta.url));
    const out = execFileSync(process.execPath, [bin, "--help"], { encoding: "utf8" });
    expect(out).toContain("Cách dùng: pctm");
  });
});
