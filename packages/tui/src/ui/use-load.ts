import type { Issue, Result } from "@pctm/domain";
import { useCallback, useEffect, useRef, useState } from "react";
import { useNav } from "./nav.js";

export type Loaded<T> =
  | { readonly status: "loading" }
  | { readonly status: "failed"; readonly issues: readonly Issue[] }
  | { readonly status: "ready"; readonly value: T };

/**
 * Loads what a screen shows from the back end, again each time the screen comes back on top (so a
 * campaign's statuses follow a submission made on a screen above it) and on `reload()`.
 */
export function useLoad<T>(
  load: () => Promise<Result<T>>,
  deps: readonly unknown[],
  options: { readonly reloadOnTop?: boolean } = {},
) {
  const nav = useNav();
  const [loaded, setLoaded] = useState<Loaded<T>>({ status: "loading" });
  const [round, setRound] = useState(0);
  const seen = useRef<string | undefined>(undefined);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what the load depends on
  useEffect(() => {
    if (!nav.onTop) return;
    // A form keeps what was typed when the user comes back from a screen above it.
    const stamp = JSON.stringify([round, ...deps]);
    if (options.reloadOnTop === false && seen.current === stamp) return;
    seen.current = stamp;
    let live = true;
    let done = false;
    load().then(
      (result) => {
        done = true;
        if (!live) return;
        setLoaded(
          result.ok ? { status: "ready", value: result.value } : { status: "failed", issues: result.errors },
        );
      },
      (error: unknown) => {
        done = true;
        if (!live) return;
        const message = error instanceof Error ? error.message : String(error);
        setLoaded({ status: "failed", issues: [{ code: "INTERNAL", message, path: [] }] });
      },
    );
    return () => {
      live = false;
      // A load still under way when another screen opened on top (a slow service) is thrown away:
      // load again when this screen is back on top, or it would keep showing what came before.
      if (!done) seen.current = undefined;
    };
  }, [nav.onTop, round, ...deps]);
  return { loaded, reload };
}

/** Tells the shell what the screen types into whenever it is on top. */
export function useTyping(typing: "none" | "numbers" | "text"): void {
  const nav = useNav();
  // biome-ignore lint/correctness/useExhaustiveDependencies: setTyping changes with the stack position only
  useEffect(() => {
    if (nav.onTop) nav.setTyping(typing);
  }, [nav.onTop, typing]);
}
