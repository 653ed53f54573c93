import { type Outline, type OutlineInput, outlineSchema } from "@pctm/domain";
import { raSoatNghienDiemOutline } from "./ra-soat-nghien-diem-2024.js";
import { soKetCt36Outline } from "./so-ket-ct36-2024.js";
import { tongKetCtpcmt2020Outline } from "./tong-ket-ctpcmt-2020.js";

/** The seed outlines as data, in seed order: 000, 003, 004. */
export const BUILTIN_OUTLINE_INPUTS: readonly OutlineInput[] = [
  tongKetCtpcmt2020Outline,
  soKetCt36Outline,
  raSoatNghienDiemOutline,
];

let parsed: readonly Outline[] | undefined;

/** The built-in outlines, validated against the outline schema (once, on first use). */
export function listBuiltinOutlines(): readonly Outline[] {
  parsed ??= BUILTIN_OUTLINE_INPUTS.map((input) => outlineSchema.parse(input));
  return parsed;
}

/** A built-in outline by id ("tong-ket-ctpcmt-2020", "so-ket-ct36-2024", "ra-soat-nghien-diem-2024"). */
export function getBuiltinOutline(id: string): Outline | undefined {
  return listBuiltinOutlines().find((outline) => outline.id === id);
}
