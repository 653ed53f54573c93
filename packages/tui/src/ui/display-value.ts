/**
 * A stored value as the form shows it for editing: yes/no in Vietnamese, a stored decimal ("7.5",
 * "1.234") with the decimal comma ("7,5", "1,234"), so the form reads it back as the same number.
 */
export function displayValue(valueType: string, stored: string | null): string {
  if (stored === null) return "";
  if (valueType === "boolean") return stored === "true" ? "có" : stored === "false" ? "không" : stored;
  return /^-?\d+\.\d+$/.test(stored) ? stored.replace(".", ",") : stored;
}
