import type { CommandHelp } from "../command.js";

/**
 * The names `pctm schema <tên>` takes, for the usage text without loading the schemas themselves
 * (schema.test.ts checks the list against the registry).
 */
export const SCHEMA_NAMES = [
  "data",
  "narratives",
  "assessments",
  "edition-patch",
  "remap-weights",
  "outline",
  "target",
] as const;

/** The usage of `schema`: the text `pctm schema --help` prints. */
export const SCHEMA_USAGE = `pctm schema [<tên>] [--out <thư mục>] [--json]

JSON Schema của các tệp người dùng viết hoặc đọc, sinh từ lược đồ zod của bộ công cụ.
  (không có tên)   liệt kê các lược đồ (--json: mảng { name, file, title })
  <tên>            in JSON Schema của tệp đó (${SCHEMA_NAMES.join(", ")})
  --out <thư mục>  ghi <tên>.schema.json vào thư mục (mọi lược đồ, hoặc lược đồ được nêu tên)`;

export const SCHEMA_HELP: CommandHelp = {
  name: "schema",
  summary: "JSON Schema của các tệp dữ liệu (số liệu, thuyết minh, đánh giá, đề cương, mục tiêu …)",
  usage: SCHEMA_USAGE,
};
