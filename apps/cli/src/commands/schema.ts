import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { stringOption } from "../args.js";
import type { CliIo, Command } from "../command.js";
import { EXIT } from "../command.js";
import { commandArgs } from "../command-args.js";
import { SCHEMA_HELP, SCHEMA_USAGE as USAGE } from "../help/schema.js";
import { printProblem } from "../print-issues.js";
import { renderTable } from "../table.js";
import { FILE_SCHEMAS, type FileSchema, generateJsonSchema, schemaFileName } from "./schema-registry.js";

/** The text of a schema file: two-space JSON and a final newline. */
export function schemaFileText(entry: FileSchema): string {
  return `${JSON.stringify(generateJsonSchema(entry), null, 2)}\n`;
}

async function writeSchemas(entries: readonly FileSchema[], dir: string, io: CliIo): Promise<number> {
  const target = resolve(io.cwd, dir);
  try {
    await mkdir(target, { recursive: true });
    for (const entry of entries) await writeFile(join(target, schemaFileName(entry)), schemaFileText(entry));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "lỗi";
    return printProblem(io, "FILE_UNWRITABLE", `không ghi được vào thư mục ${dir} (${code})`, {
      option: "--out",
    });
  }
  for (const entry of entries) io.out(`${join(dir, schemaFileName(entry))}\n`);
  return EXIT.ok;
}

export const schemaCommand: Command = {
  ...SCHEMA_HELP,
  async run(args, io) {
    const options = { out: { type: "string" }, json: { type: "boolean" } } as const;
    const parsed = commandArgs(io, args, options, USAGE, { positionals: 1 });
    if (typeof parsed === "number") return parsed;
    const [name] = parsed.positionals;
    const entry = name === undefined ? undefined : FILE_SCHEMAS.find((s) => s.name === name);
    if (name !== undefined && !entry) {
      const known = FILE_SCHEMAS.map((s) => s.name).join(", ");
      return printProblem(io, "UNKNOWN_SCHEMA", `không có lược đồ "${name}" (có: ${known})`);
    }
    const out = stringOption(parsed, "out");
    if (out !== undefined) return writeSchemas(entry ? [entry] : FILE_SCHEMAS, out, io);
    if (entry) {
      io.out(schemaFileText(entry));
      return EXIT.ok;
    }
    if (parsed.values.json === true) {
      const list = FILE_SCHEMAS.map((s) => ({ name: s.name, file: schemaFileName(s), title: s.title }));
      io.out(`${JSON.stringify(list, null, 2)}\n`);
      return EXIT.ok;
    }
    io.out(
      renderTable(
        ["Tên", "Tệp", "Nội dung"],
        FILE_SCHEMAS.map((s) => [s.name, schemaFileName(s), s.title]),
      ),
    );
    return EXIT.ok;
  },
};
