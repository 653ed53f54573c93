import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const INPUT_OPTIONS = new Set(["--data", "--narratives", "--patch", "--assessments", "--settings"]);
const OUTPUT_OPTIONS = new Set(["--out", "--out-dir", ">"]);

/** The `npx pctm …` commands of a Markdown text, continuation lines ("\") joined, comments dropped. */
function pctmCommands(markdown: string): string[] {
  return markdown
    .replace(/\\\n\s*/g, " ")
    .split("\n")
    .map((line) => line.replace(/\s+#\s.*$/, "").trim())
    .filter((line) => line.startsWith("npx pctm "));
}

/** The files a command reads (option values and positional file names), and those it writes. */
function filesOf(command: string): { reads: string[]; writes: string[] } {
  const words = command.split(/\s+/);
  const reads: string[] = [];
  const writes: string[] = [];
  words.forEach((word, i) => {
    const before = words[i - 1] ?? "";
    if (OUTPUT_OPTIONS.has(before)) writes.push(word);
    else if (INPUT_OPTIONS.has(before) || (!before.startsWith("--") && /\.(json|txt|docx)$/.test(word))) {
      reads.push(word);
    }
  });
  return { reads, writes };
}

describe("the root README's command examples", () => {
  const commands = pctmCommands(readFileSync(join(ROOT, "README.md"), "utf8"));

  it("are found", () => {
    expect(commands.length).toBeGreaterThan(5);
  });

  it("name only files that exist in the repository or that an earlier example writes", () => {
    const written = new Set<string>();
    const missing: string[] = [];
    for (const command of commands) {
      const { reads, writes } = filesOf(command);
      for (const file of reads) if (!written.has(file) && !existsSync(join(ROOT, file))) missing.push(file);
      for (const file of writes) written.add(file);
    }
    expect(missing).toEqual([]);
  });
});
