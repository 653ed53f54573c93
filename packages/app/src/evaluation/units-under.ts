import { children, type Edition } from "@pctm/domain";

/** The unit and every unit under it in the edition (communes under districts), the unit first. */
export function unitsUnder(edition: Edition, code: string): string[] {
  const out = [code];
  for (let i = 0; i < out.length; i++) {
    for (const child of children(edition, out[i])) out.push(child.code);
  }
  return out;
}
