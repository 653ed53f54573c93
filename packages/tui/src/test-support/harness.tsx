import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAppContext, createMemoryStore, fixedClock, LOCAL_OPERATOR, type Store } from "@pctm/app";
import { render } from "ink-testing-library";
import type { TuiBackend } from "../backend.js";
import { createLocalBackend } from "../local/local-backend.js";
import { App } from "../ui/app.js";
import type { Screen } from "../ui/screen.js";

/** The keys as a terminal sends them. */
export const KEY = {
  up: "\u001B[A",
  down: "\u001B[B",
  left: "\u001B[D",
  right: "\u001B[C",
  enter: "\r",
  escape: "\u001B",
  tab: "\t",
  backspace: "\u007F",
  ctrl: (letter: string) => String.fromCharCode(letter.charCodeAt(0) - 96),
} as const;

export const TEST_INSTANT = "2026-12-05T03:00:00.000Z";

/** A local back end on a fresh in-memory store with the fixed test clock; remove() deletes its report folder. */
export function memoryBackend(): {
  backend: TuiBackend;
  store: Store;
  reportDir: string;
  remove: () => void;
} {
  const store = createMemoryStore();
  const ctx = createAppContext({ store, clock: fixedClock(TEST_INSTANT) });
  const reportDir = mkdtempSync(join(tmpdir(), "pctm-tui-"));
  const backend = createLocalBackend({ ctx, actor: LOCAL_OPERATOR, reportDir });
  return { backend, store, reportDir, remove: () => rmSync(reportDir, { recursive: true, force: true }) };
}

/** Polls until the frame satisfies `test` (the app loads asynchronously); fails with the last frame. */
export async function waitFor(
  frame: () => string | undefined,
  test: (text: string) => boolean,
  timeout = 15_000,
) {
  const started = Date.now();
  for (;;) {
    const text = frame() ?? "";
    if (test(text)) return text;
    if (Date.now() - started > timeout) throw new Error(`not on screen in ${timeout} ms:\n${text}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** What a test drives: the rendered app, its frame, keys in, text awaited. */
export interface TestUi {
  readonly app: { unmount(): void };
  frame(): string;
  flatFrame(): string;
  press(...keys: string[]): Promise<void>;
  see(text: string, timeout?: number): Promise<string>;
  waitGone(text: string, timeout?: number): Promise<void>;
}

/** Renders the app and returns helpers: press keys, type text, wait for text. */
export function startApp(
  backend: TuiBackend,
  options: { color?: boolean; start?: Screen; columns?: number } = {},
): TestUi {
  const app = render(
    <App
      backend={backend}
      color={options.color ?? false}
      {...(options.start ? { start: options.start } : {})}
      {...(options.columns ? { columns: options.columns } : {})}
    />,
  );
  const frame = () => app.lastFrame() ?? "";
  const press = async (...keys: string[]) => {
    for (const key of keys) {
      app.stdin.write(key);
      // Let ink parse the key and React commit before the next one.
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
  };
  // Once the text is drawn, give React a moment to run its effects (ink subscribes key handlers there).
  const settle = () => new Promise((resolve) => setTimeout(resolve, 60));
  // Text is matched with line breaks and runs of spaces collapsed: ink wraps long lines at any width.
  const flat = (text: string) => text.replace(/[\s│]+/g, " ");
  const see = async (text: string, timeout?: number) => {
    const found = await waitFor(frame, (f) => flat(f).includes(flat(text)), timeout);
    await settle();
    return found;
  };
  const waitGone = async (text: string, timeout?: number) => {
    await waitFor(frame, (f) => !flat(f).includes(flat(text)), timeout);
    await settle();
  };
  return { app, frame, flatFrame: () => flat(frame()), press, see, waitGone };
}
