import { type ParseArgsConfig, parseArgs } from "node:util";

export type ParsedArgs = {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
};

/**
 * node:util parseArgs with a Vietnamese error instead of an exception:
 * returns the parsed values, or a message naming the option that is wrong.
 */
export function readArgs(
  args: readonly string[],
  options: NonNullable<ParseArgsConfig["options"]>,
): { ok: true; args: ParsedArgs } | { ok: false; message: string } {
  try {
    const parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { ok: true, args: parsed as ParsedArgs };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const option = /'(-{1,2}[^']+)'/.exec(raw)?.[1];
    const message = raw.includes("Unknown option")
      ? `tùy chọn không được hỗ trợ: ${option ?? raw}`
      : raw.includes("argument missing") || raw.includes("requires")
        ? `tùy chọn ${option ?? ""} cần một giá trị`
        : raw;
    return { ok: false, message };
  }
}

/** The string value of an option, or undefined. */
export function stringOption(parsed: ParsedArgs, name: string): string | undefined {
  const value = parsed.values[name];
  return typeof value === "string" ? value : undefined;
}
