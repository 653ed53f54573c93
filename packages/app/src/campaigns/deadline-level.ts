import { foldDiacritics } from "@pctm/domain";

/**
 * The level of the units a deadline asks to report, read from who sends ("Ủy ban nhân dân các huyện,
 * thị xã" → 2; "các xã, phường" → 3; "Công an tỉnh" → 1): 3 when communes are named, 2 when
 * districts or "địa phương" (the localities under the plan's unit) are, 1 otherwise.
 */
export function deadlineLevel(from: string): 1 | 2 | 3 {
  const text = ` ${foldDiacritics(from)
    .toLowerCase()
    .replace(/[,.;()]/g, " ")} `;
  // "thị xã" is a district and "địa phương" a locality: neither names communes.
  const withoutTownships = text.replace(/ thi xa /g, " thixa ").replace(/ dia phuong /g, " diaphuong ");
  if (/ (xa|phuong|thi tran|cap xa) /.test(withoutTownships)) return 3;
  if (/ (huyen|quan|thixa|thi uy|huyen uy|thanh uy|diaphuong) /.test(withoutTownships)) return 2;
  return 1;
}
