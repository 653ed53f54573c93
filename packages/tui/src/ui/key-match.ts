import type { Key } from "ink";

/** Up: ↑, k (vi) — unless typing. */
export function isUp(input: string, key: Key): boolean {
  return key.upArrow || (input === "k" && !key.ctrl && !key.meta);
}

export function isDown(input: string, key: Key): boolean {
  return key.downArrow || (input === "j" && !key.ctrl && !key.meta);
}

/** Ctrl+<letter>: ink reports the letter with `ctrl`. */
export function isCtrl(input: string, key: Key, letter: string): boolean {
  return key.ctrl && input === letter;
}

/** The next index in a list of `length`, clamped. */
export function clampIndex(index: number, length: number): number {
  if (length <= 0) return 0;
  return Math.min(length - 1, Math.max(0, index));
}
