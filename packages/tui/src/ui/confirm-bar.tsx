import { Box, Text } from "ink";
import { useNav } from "./nav.js";
import { useKeys } from "./use-keys.js";

export interface ConfirmBarProps {
  readonly question: string;
  readonly onYes: () => void;
  readonly onNo: () => void;
}

/** A yes/no question that takes the keyboard: y or c (có) says yes; n, k (không) or Esc says no. */
export function ConfirmBar({ question, onYes, onNo }: ConfirmBarProps) {
  const nav = useNav();
  useKeys(
    (input, key) => {
      const answer = input.toLowerCase();
      if (answer === "y" || answer === "c") onYes();
      else if (answer === "n" || answer === "k" || key.escape) onNo();
    },
    { isActive: nav.active },
  );
  return (
    <Box borderStyle="single" paddingX={1}>
      <Text bold wrap="wrap">
        {question} (y/c: có · n/k/Esc: không)
      </Text>
    </Box>
  );
}
