/**
 * What `pctm --help` and `pctm <name> --help` print: text only, kept in src/help/ so that printing it
 * loads none of the command's code (the catalogue, the unit lists, the stores).
 */
export interface CommandHelp {
  /** The first word after `pctm` ("units", "outline", …), or after the command (`remap`). */
  readonly name: string;
  /** One Vietnamese line for `pctm --help`. */
  readonly summary: string;
  /** The full usage text for `pctm <name> --help`. */
  readonly usage: string;
}

/** What every `pctm` command provides. `run` returns the exit code; it never calls process.exit. */
export interface Command extends CommandHelp {
  /**
   * Subcommands with their own usage ("units remap"): `pctm units remap …` runs the subcommand and
   * `pctm units remap --help` prints the subcommand's usage, not the parent's.
   */
  readonly subcommands?: readonly Command[];
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/**
 * A line of the command table: the help texts, and the command's code imported on demand, so that
 * `pctm --help` starts without loading any of it.
 */
export interface CommandEntry extends CommandHelp {
  /** The subcommands' texts ("units remap"): `pctm units remap --help` needs no code either. */
  readonly subcommands?: readonly CommandHelp[];
  load(): Promise<Command>;
}

/** Where a command writes and what it may know of its terminal; tests pass their own. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** True when stdout is a terminal: progress bars and colours only then. */
  readonly isTty: boolean;
  /** True when stderr is a terminal (the progress bar redraws there); absent: as `isTty`. */
  readonly stderrIsTty?: boolean;
  readonly cwd: string;
}

/** Exit codes every command keeps to. */
export const EXIT = {
  ok: 0,
  /** A check ran and found problems (`pctm catalog check`). */
  failed: 1,
  /** The input or the command line is wrong: nothing was done. */
  usage: 2,
} as const;
