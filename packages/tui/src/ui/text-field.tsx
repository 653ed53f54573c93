import { Text } from "ink";
import { useKeys } from "./use-keys.js";

/** A change to a field's text, applied to the latest text (keys may arrive faster than renders). */
export type TextEdit = (previous: string) => string;

export interface TextFieldProps {
  readonly value: string;
  /** Absent: the field only shows its text and cursor; the screen takes the keys (several fields). */
  readonly onEdit?: (edit: TextEdit) => void;
  readonly focus: boolean;
  readonly placeholder?: string;
}

/** The edit a key makes in a text field, or undefined for keys a field leaves to the screen. */
export function textEditOf(
  input: string,
  key: {
    ctrl: boolean;
    meta: boolean;
    escape: boolean;
    return: boolean;
    tab: boolean;
    upArrow: boolean;
    downArrow: boolean;
    leftArrow: boolean;
    rightArrow: boolean;
    pageUp: boolean;
    pageDown: boolean;
    backspace: boolean;
    delete: boolean;
  },
): TextEdit | undefined {
  if (key.ctrl || key.meta || key.escape || key.return || key.tab) return undefined;
  if (key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.pageUp || key.pageDown)
    return undefined;
  return editForKey(input, key);
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
      const edit = textEditOf(input, key);
      if (edit && onEdit) onEdit(edit);
    },
    { isActive: focus && onEdit !== undefined },
  );
  if (value === "" && !focus) return <Text dimColor>{placeholder ?? ""}</Text>;
  return (
    <Text>
      {value}
      {focus ? "▏" : ""}
    </Text>
  );
}
