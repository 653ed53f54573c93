import { type Key, useInput } from "ink";
import { useCallback, useRef } from "react";

/**
 * useInput with the handler of the latest render: ink re-subscribes a changed handler only after
 * React's passive effects run, so a key typed quickly after another could reach a handler that
 * still sees the old selection. The ref is updated during render, the subscription stays put.
 */
export function useKeys(handler: (input: string, key: Key) => void, options: { readonly isActive: boolean }) {
  const latest = useRef(handler);
  latest.current = handler;
  const stable = useCallback((input: string, key: Key) => latest.current(input, key), []);
  useInput(stable, options);
}
