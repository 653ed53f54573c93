import { type ParsedArgs, readArgs } from "./args.js";
import type { CliIo } from "./command.js";
import { printProblem } from "./print-issues.js";

type Options = Parameters<typeof readArgs>[1];

/**
 * The set-up every command repeats, written once: parse the options (unknown ones refused), refuse
 * a single-value option given twice and positionals beyond `positionals`, and require `required`.
 * Prints why not, then the usage (exit code of the problem's kind: 2), or gives the arguments.
 */
export function commandArgs(
  io: CliIo,
  args: readonly string[],
  options: Options,
  usage: string,
  rules: { readonly required?: readonly string[]; readonly positionals?: number } = {},
): ParsedArgs | number {
  const parsed = readArgs(args, options);
  const fail = (code: string, message: string, option?: string) =>
    printProblem(io, code, message, { usage, ...(option ? { option } : {}) });
  if (!parsed.ok) return fail("USAGE", parsed.message);
  for (const [name, spec] of Object.entries(options)) {
    if (spec.multiple) continue;
    const given = args.filter((a) => a === `--${name}` || a.startsWith(`--${name}=`)).length;
    if (given > 1) return fail("OPTION_REPEATED", `tùy chọn chỉ được ghi một lần`, `--${name}`);
  }
  if (parsed.args.positionals.length > (rules.positionals ?? 0)) {
    return fail("USAGE", `không hiểu "${parsed.args.positionals.slice(rules.positionals ?? 0).join(" ")}"`);
  }
  for (const name of rules.required ?? []) {
    if (parsed.args.values[name] === undefined) return fail("MISSING_OPTION", `thiếu tùy chọn --${name}`);
  }
  return parsed.args;
}
