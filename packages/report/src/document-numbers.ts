/** U+2011 NON-BREAKING HYPHEN: looks like "-", but a line never breaks after it. */
export const NON_BREAKING_HYPHEN = "\u2011";

/**
 * A document's number and symbol: "483/KH-BCA-C04", "116/2021/NĐ-CP", "2067/UBND-NC" (state
 * documents), "36-CT/TW", "227-KH/TU" (Party documents). Dates ("01/01/2024 - 15/6/2024") and period
 * ids ("2017-01-01/2020-06-30") do not match.
 */
const DOCUMENT_NUMBER =
  /\d+(?:\/\d{4})?\/\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)+|\d+-\p{Lu}[\p{L}\d]*\/\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)*/gu;

/**
 * Keeps document numbers on one line: the hyphens inside them become non-breaking hyphens, so a
 * justified line never ends in "483/KH-" with "BCA-C04" on the next. For the page layouts only (DOCX,
 * HTML): the model, the data and the Markdown keep the plain hyphen people type and search for.
 */
export function keepDocumentNumbersTogether(text: string): string {
  return text.replace(DOCUMENT_NUMBER, (symbol) => symbol.replaceAll("-", NON_BREAKING_HYPHEN));
}
