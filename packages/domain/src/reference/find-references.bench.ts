import { bench, describe } from "vitest";
import { parsePeriod } from "../period/period.js";
import { findReferences } from "./find-references.js";

/**
 * findReferences over ~250 KB of seed-like prose (about 6,000 references), against a bare regex scan
 * of the same text that only locates candidates (no parsing, no dates, no types): the ratio is the
 * cost of parsing and checking every reference. Then parsePeriod on 10,000 data-value period ids
 * against a bare regex test of the same ids.
 */
const PARAGRAPH =
  "Thực hiện Kế hoạch số 483/KH-UBQG-BCA ngày 18/12/2019 của Ủy ban Quốc gia và Quyết định số 424/QĐ-TTg ngày 07 tháng 4 năm 2017 của Thủ tướng Chính phủ; căn cứ Chỉ thị số 36-CT/TW, Công văn số 2067/UBND-NC ngày 11/5/2020, Pháp lệnh số 01/2022/UBTVQH15; các đơn vị gửi báo cáo trước ngày 15/6/2020, số liệu từ ngày 01/01/2017 đến ngày 30/6/2020.\n";
const TEXT = PARAGRAPH.repeat(1200);
const BARE = /\d{1,6}(?:(?:\/\d{4})?\/\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)*|-\p{Lu}\p{L}*\/\p{Lu}[\p{L}\d]*)/gu;

describe("findReferences (250 KB, 6,000 references)", () => {
  bench("reference: bare regex scan", () => {
    let count = 0;
    for (const _ of TEXT.matchAll(BARE)) count += 1;
    if (count !== 6000) throw new Error(`bare scan found ${count}`);
  });
  bench("findReferences", () => {
    const found = findReferences(TEXT);
    if (found.length !== 6000) throw new Error(`findReferences found ${found.length}`);
  });
});

const IDS = Array.from(
  { length: 10_000 },
  (_, i) => ["2020", "2020S1", "2020Q3", "2020-07", "2017-01-01/2020-06-30"][i % 5],
) as string[];
const ID_PATTERN = /^\d{4}(?:[SQ]\d|-\d{2}|-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2})?$/;

describe("parsePeriod (10,000 ids)", () => {
  bench("reference: bare regex test", () => {
    if (!IDS.every((id) => ID_PATTERN.test(id))) throw new Error("bare");
  });
  bench("parsePeriod", () => {
    if (!IDS.every((id) => parsePeriod(id).ok)) throw new Error("parsePeriod");
  });
});
