import { render } from "ink";
import type { TuiBackend } from "./backend.js";
import { App } from "./ui/app.js";

export interface RunTuiOptions {
  readonly backend: TuiBackend;
  /** False under NO_COLOR: nothing is told apart by colour alone anyway. */
  readonly color: boolean;
  readonly stdin?: NodeJS.ReadStream;
  readonly stdout?: NodeJS.WriteStream;
}

/** Runs the terminal UI until the user quits (q, or Ctrl+C). */
export async function runTui(options: RunTuiOptions): Promise<void> {
  const out = options.stdout ?? process.stdout;
  // The terminal's alternate screen, as full-screen programs use: the shell's lines come back on exit.
  out.write("\u001B[?1049h\u001B[H");
  const instance = render(<App backend={options.backend} color={options.color} />, {
    ...(options.stdin ? { stdin: options.stdin } : {}),
    ...(options.stdout ? { stdout: options.stdout } : {}),
    exitOnCtrlC: true,
  });
  try {
    await instance.waitUntilExit();
  } finally {
    out.write("\u001B[?1049l");
  }
}

/** Colour is off when NO_COLOR is set to anything but the empty string (no-color.org). */
export function colorWanted(env: NodeJS.ProcessEnv): boolean {
  return env.NO_COLOR === undefined || env.NO_COLOR === "";
}
