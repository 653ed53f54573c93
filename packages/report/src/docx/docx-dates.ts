/**
 * A DOCX dated by its report, not by the clock: the same model renders to the same bytes, so a
 * regenerated sample changes only when its content does. docx stamps docProps/core.xml and every zip
 * entry with the time of rendering; here both carry the report's day (midnight UTC) instead.
 */

/** The day a report is dated: "Huế, ngày 10 tháng 7 năm 2020" → 2020-07-10 at midnight UTC. */
export function reportDayOf(placeDate: string): Date | undefined {
  const found = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u.exec(placeDate.normalize("NFC"));
  if (!found) return undefined;
  const [year, month, day] = [Number(found[3]), Number(found[2]), Number(found[1])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1980 ? date : undefined;
}

/** The day of a report whose place and date line names no day ("ngày … tháng … năm …"): the zip epoch. */
export const UNDATED_DAY = new Date(Date.UTC(1980, 0, 1));

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export interface CoreProperties {
  readonly title: string;
  readonly description: string;
  readonly date: Date;
}

/** docProps/core.xml with the report's title, summary and day as its created and modified times. */
export function corePropertiesXml({ title, description, date }: CoreProperties): string {
  const when = date.toISOString();
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"',
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>PCTM</dc:creator>`,
    `<dc:description>${escapeXml(description)}</dc:description>`,
    "<cp:lastModifiedBy>PCTM</cp:lastModifiedBy><cp:revision>1</cp:revision>",
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>`,
    "</cp:coreProperties>",
  ].join("");
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;

/**
 * Sets the modification time of every entry of a zip file (its central directory and local headers)
 * to midnight of `date`'s UTC day, in place. The times sit outside the compressed data and its CRC.
 */
export function stampZipTimes(zip: Uint8Array, date: Date): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const dosDate = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  let end = zip.byteLength - 22;
  while (end >= 0 && view.getUint32(end, true) !== END_OF_CENTRAL_DIRECTORY) end -= 1;
  if (end < 0) throw new Error("not a zip file: no end of central directory");
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < count; i += 1) {
    if (view.getUint32(at, true) !== CENTRAL_ENTRY) throw new Error(`zip entry ${i}: bad central header`);
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL_ENTRY) throw new Error(`zip entry ${i}: bad local header`);
    view.setUint16(local + 10, 0, true);
    view.setUint16(local + 12, dosDate, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}
