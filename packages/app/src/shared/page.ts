import { z } from "zod";

/** Pagination every list takes: offset from 0, limit absent = all. Query strings are read as numbers. */
export const pageInputSchema = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(10_000).optional(),
});

export interface Page<T> {
  readonly items: readonly T[];
  /** How many there are in all. */
  readonly total: number;
  readonly offset: number;
}

export function pageOf<T>(all: readonly T[], page: { offset: number; limit?: number | undefined }): Page<T> {
  const end = page.limit === undefined ? undefined : page.offset + page.limit;
  return { items: all.slice(page.offset, end), total: all.length, offset: page.offset };
}
