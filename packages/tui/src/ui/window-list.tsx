import { Box, Text } from "ink";
import type { ReactNode } from "react";
import { useNav } from "./nav.js";

export interface WindowListProps<T> {
  readonly items: readonly T[];
  readonly selected: number;
  /** Rows to show; the window follows the selection. */
  readonly height: number;
  readonly render: (item: T, selected: boolean) => ReactNode;
  readonly keyOf: (item: T) => string;
  readonly empty?: string;
}

/** The first row shown so that `selected` stays in a window of `height` rows, centred when it can. */
export function windowStart(selected: number, length: number, height: number): number {
  if (length <= height) return 0;
  return Math.min(Math.max(0, selected - Math.floor(height / 2)), length - height);
}

/**
 * A list that shows only the rows that fit, marking the chosen row with "›" (and reverse video when
 * colours are on), with "↑ n" / "↓ n" telling how many rows are hidden above and below.
 */
export function WindowList<T>({ items, selected, height, render, keyOf, empty }: WindowListProps<T>) {
  const nav = useNav();
  if (items.length === 0) return <Text>{empty ?? "(trống)"}</Text>;
  const rows = Math.max(1, height - 2);
  const start = windowStart(selected, items.length, rows);
  const shown = items.slice(start, start + rows);
  const below = items.length - start - shown.length;
  return (
    <Box flexDirection="column">
      {start > 0 ? <Text> ↑ {start}</Text> : null}
      {shown.map((item, i) => {
        const isSelected = start + i === selected;
        return (
          <Box key={keyOf(item)}>
            <Text inverse={isSelected && nav.color}>{isSelected ? "› " : "  "}</Text>
            <Box flexGrow={1}>{render(item, isSelected)}</Box>
          </Box>
        );
      })}
      {below > 0 ? <Text> ↓ {below}</Text> : null}
    </Box>
  );
}
