import { Box, Text, useApp, useInput, useStdout } from "ink";
import { useCallback, useState } from "react";
import type { TuiBackend } from "../backend.js";
import { ScreenView } from "../screens/screen-view.js";
import { HelpOverlay } from "./help-overlay.js";
import { type Nav, NavContext, type Typing } from "./nav.js";
import { SCREEN_TITLES, type Screen } from "./screen.js";

export interface AppProps {
  readonly backend: TuiBackend;
  /** False under NO_COLOR. */
  readonly color: boolean;
  /** The first screen (default: the campaigns). */
  readonly start?: Screen;
  /** The terminal's width when the output stream does not say (tests); at least 80 is used. */
  readonly columns?: number;
}

/**
 * The shell: a title bar, the screen on top of the stack, a key line; `?` help and `q` quit. Every
 * screen of the stack stays mounted (hidden under the top one), so going to a value's history and
 * back keeps what was typed.
 */
export function App({ backend, color, start, columns }: AppProps) {
  const { exit } = useApp();
  const { stdout } = useStdout();
  const [stack, setStack] = useState<readonly Screen[]>([start ?? { kind: "campaigns" }]);
  const [help, setHelp] = useState(false);
  const [typing, setTyping] = useState<Typing>("none");
  const width = Math.max(80, columns ?? stdout?.columns ?? 80);
  const height = Math.max(20, stdout?.rows ?? 24);
  const top = stack.length - 1;
  const screen = stack[top] as Screen;

  const push = useCallback((next: Screen) => {
    setTyping("none");
    setStack((s) => [...s, next]);
  }, []);
  const back = useCallback(() => {
    setTyping("none");
    setStack((s) => (s.length > 1 ? s.slice(0, -1) : s));
  }, []);

  useInput((input, key) => {
    if (help) {
      setHelp(false);
      return;
    }
    if (key.ctrl || key.meta) return;
    if (input === "?" && typing !== "text") setHelp(true);
    else if (input === "q" && typing === "none") exit();
  });

  return (
    <Box flexDirection="column" width={width}>
      <Box justifyContent="space-between">
        <Text bold wrap="truncate-end">
          PCTM · {SCREEN_TITLES[screen.kind]}
        </Text>
        <Text wrap="truncate-start">{backend.where}</Text>
      </Box>
      <Text>{"─".repeat(width)}</Text>
      {help ? <HelpOverlay kind={screen.kind} /> : null}
      {stack.map((s, i) => {
        const nav: Nav = {
          backend,
          push,
          back,
          quit: exit,
          active: i === top && !help,
          onTop: i === top,
          setTyping: i === top ? setTyping : () => {},
          color,
          width,
          height: height - 4,
        };
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: a stack position is the screen's identity
          <Box key={i} display={i === top && !help ? "flex" : "none"} flexDirection="column">
            <NavContext.Provider value={nav}>
              <ScreenView screen={s} />
            </NavContext.Provider>
          </Box>
        );
      })}
      <Text dimColor wrap="truncate-end">
        ? trợ giúp · Esc quay lại · {typing === "none" ? "q thoát" : "đang gõ: q là chữ, Esc để thôi"}
      </Text>
    </Box>
  );
}
