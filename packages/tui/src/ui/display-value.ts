/** A stored value as the form shows it for editing: yes/no in Vietnamese, numbers as stored ("7,5"). */
export function displayValue(valueType: string, stored: string | null): string {
  if (stored === null) return "";
  if (valueType === "boolean") return stored === "true" ? "có" : stored === "false" ? "không" : stored;
  return stored;
}
