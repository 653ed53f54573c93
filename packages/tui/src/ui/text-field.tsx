import { Text } from "ink";
import { useKeys } from "./use-keys.js";

/** A change to a field's text, applied to the latest text (keys may arrive faster than renders). */
export type TextEdit = (previous: string) => string;

export interface TextFieldProps {
  readonly value: string;
  readonly onEdit: (edit: TextEdit) => void;
  readonly focus: boolean;
  readonly placeholder?: string;
}

/** The edit a key makes: Backspace removes the last character, printable text is appended (NFC). */
export function editForKey(
  input: string,
  key: { backspace: boolean; delete: boolean },
): TextEdit | undefined {
  if (key.backspace || key.delete) return (text) => [...text].slice(0, -1).join("");
  // Control characters (what Ctrl+… and Esc leave behind) never become text.
  const printable = [...input].filter((c) => c >= " " && c !== "\u007f").join("");
  return printable === "" ? undefined : (text) => (text + printable).normalize("NFC");
}

/**
 * A one-line field that takes printable text and Backspace; every other key (arrows, Enter, Esc,
 * Ctrl+…) is left to the screen. The cursor is a visible "▏", so it shows without colour.
 */
export function TextField({ value, onEdit, focus, placeholder }: TextFieldProps) {
  useKeys(
    (input, key) => {
      if (key.ctrl || key.meta || key.escape || key.return || key.tab) return;
      if (key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.pageUp || key.pageDown)
        return;
      const edit = editForKey(input, key);
      if (edit) onEdit(edit);
    },
    { isActive: focus },
  );
  if (value === "" && !focus) return <Text dimColor>{placeholder ?? ""}</Text>;
  return (
    <Text>
      {value}
      {focus ? "▏" : ""}
    </Text>
  );
}
