import { issue } from "../result/issue.js";
import { err, ok, type Result } from "../result/result.js";
import { parseWith } from "../result/zod-issues.js";
import {
  type Outline,
  type OutlineSection,
  type OutlineSectionInput,
  outlineSectionSchema,
} from "./outline-schema.js";

/** Where a section goes: under `parentId` (the top level when absent), at `index` (the end when absent). */
export interface SectionPlace {
  readonly parentId?: string | undefined;
  readonly index?: number | undefined;
}

/** A deep copy: outlines are plain JSON data. */
function cloneOutline(outline: Outline): Outline {
  return JSON.parse(JSON.stringify(outline)) as Outline;
}

/** The section with this id, anywhere in the tree. */
export function findSection(outline: Pick<Outline, "sections">, id: string): OutlineSection | undefined {
  const walk = (sections: readonly OutlineSection[]): OutlineSection | undefined => {
    for (const section of sections) {
      if (section.id === id) return section;
      const found = walk(section.children);
      if (found) return found;
    }
    return undefined;
  };
  return walk(outline.sections);
}

function collectIds(sections: readonly OutlineSection[], into: Set<string>): Set<string> {
  for (const section of sections) {
    into.add(section.id);
    collectIds(section.children, into);
  }
  return into;
}

/** Removes the section from the (cloned) tree and returns it with the list it was in. */
function detach(sections: OutlineSection[], id: string): OutlineSection | undefined {
  const index = sections.findIndex((s) => s.id === id);
  if (index >= 0) return sections.splice(index, 1)[0];
  for (const section of sections) {
    const found = detach(section.children, id);
    if (found) return found;
  }
  return undefined;
}

function siblingsAt(copy: Outline, place: SectionPlace): Result<OutlineSection[]> {
  if (place.parentId === undefined) return ok(copy.sections);
  const parent = findSection(copy, place.parentId);
  if (!parent) {
    return err(
      issue("PARENT_NOT_FOUND", `không có mục "${place.parentId}" để đặt mục con vào`, ["parentId"]),
    );
  }
  return ok(parent.children);
}

function placeInto(list: OutlineSection[], section: OutlineSection, index: number | undefined): Result<true> {
  const at = index ?? list.length;
  if (!Number.isInteger(at) || at < 0 || at > list.length) {
    return err(
      issue("INVALID_POSITION", `vị trí ${String(index)} không hợp lệ: chỉ từ 0 đến ${list.length}`, [
        "index",
      ]),
    );
  }
  list.splice(at, 0, section);
  return ok(true);
}

/**
 * A new outline with `section` inserted at `place`. Numbers are not stored, so every following
 * sibling is renumbered automatically ("2." becomes "3.").
 */
export function insertSection(
  outline: Outline,
  section: OutlineSectionInput,
  place: SectionPlace = {},
): Result<Outline> {
  const parsed = parseWith(outlineSectionSchema, section, ["section"]);
  if (!parsed.ok) return err(parsed.errors);
  const copy = cloneOutline(outline);
  const existing = collectIds(copy.sections, new Set());
  const incoming = collectIds([parsed.value], new Set());
  for (const id of incoming) {
    if (existing.has(id))
      return err(issue("DUPLICATE_SECTION_ID", `mã mục "${id}" đã có trong đề cương`, ["section", "id"]));
  }
  const list = siblingsAt(copy, place);
  if (!list.ok) return err(list.errors);
  const placed = placeInto(list.value, parsed.value, place.index);
  if (!placed.ok) return err(placed.errors);
  return ok(copy);
}

/**
 * A new outline with the section `id` (and everything under it) moved to `place`; `index` counts
 * in the destination list after the section has been taken out. A section cannot go under itself.
 */
export function moveSection(outline: Outline, id: string, place: SectionPlace = {}): Result<Outline> {
  const moving = findSection(outline, id);
  if (!moving) return err(issue("SECTION_NOT_FOUND", `không có mục "${id}" trong đề cương`, ["id"]));
  if (place.parentId !== undefined && collectIds([moving], new Set()).has(place.parentId)) {
    return err(
      issue("MOVE_INTO_ITSELF", `không thể chuyển mục "${id}" vào bên trong chính nó`, ["parentId"]),
    );
  }
  const copy = cloneOutline(outline);
  const section = detach(copy.sections, id) as OutlineSection;
  const list = siblingsAt(copy, place);
  if (!list.ok) return err(list.errors);
  const placed = placeInto(list.value, section, place.index);
  if (!placed.ok) return err(placed.errors);
  if (copy.sections.length === 0)
    return err(issue("LAST_SECTION", "đề cương phải còn ít nhất một mục", ["id"]));
  return ok(copy);
}

/** A new outline without the section `id` and its sub-sections; the rest is renumbered. */
export function removeSection(outline: Outline, id: string): Result<Outline> {
  const copy = cloneOutline(outline);
  if (!detach(copy.sections, id))
    return err(issue("SECTION_NOT_FOUND", `không có mục "${id}" trong đề cương`, ["id"]));
  if (copy.sections.length === 0) {
    return err(
      issue("LAST_SECTION", "không thể xóa mục cuối cùng: đề cương phải còn ít nhất một mục", ["id"]),
    );
  }
  return ok(copy);
}
