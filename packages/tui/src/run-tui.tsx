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
  const instance = render(<App backend={options.backend} color={options.color} />, {
    ...(options.stdin ? { stdin: options.stdin } : {}),
    ...(options.stdout ? { stdout: options.stdout } : {}),
    exitOnCtrlC: true,
  });
  await instance.waitUntilExit();
}

/** Colour is off when NO_COLOR is set to anything but the empty string (no-color.org). */
export function colorWanted(env: NodeJS.ProcessEnv): boolean {
  return env.NO_COLOR === undefined || env.NO_COLOR === "";
}
