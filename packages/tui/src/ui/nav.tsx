import { createContext, useContext } from "react";
import type { TuiBackend } from "../backend.js";
import type { Screen } from "./screen.js";

/**
 * What a screen is typing into: "none" leaves every global key on; "numbers" (a figure field) keeps
 * `?` but makes `q` a letter; "text" (free text) makes both letters.
 */
export type Typing = "none" | "numbers" | "text";

/** What every screen gets from the shell: the back end, moving between screens and the terminal. */
export interface Nav {
  readonly backend: TuiBackend;
  push(screen: Screen): void;
  /** Back to the previous screen (the first screen stays). */
  back(): void;
  quit(): void;
  /** True for the screen on top while no help covers it: only then does a screen take keys. */
  readonly active: boolean;
  /** True while the screen is the top one (help or not); a screen reloads when it comes back on top. */
  readonly onTop: boolean;
  setTyping(typing: Typing): void;
  /** False under NO_COLOR: screens mark things with symbols only. */
  readonly color: boolean;
  /** Columns available (at least 80). */
  readonly width: number;
  /** Rows available for a screen's body. */
  readonly height: number;
}

export const NavContext = createContext<Nav | undefined>(undefined);

export function useNav(): Nav {
  const nav = useContext(NavContext);
  if (!nav) throw new Error("useNav outside the app shell");
  return nav;
}
