import { z } from "@hono/zod-openapi";

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

/** Every list is paged by offset and limit, on the query string. */
export const pageQuerySchema = z.object({
  offset: z.coerce
    .number()
    .int()
    .min(0)
    .default(0)
    .openapi({ description: "Bỏ qua bao nhiêu mục đầu (phân trang theo offset/limit)", example: 0 }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE)
    .default(DEFAULT_PAGE_SIZE)
    .openapi({ description: `Số mục tối đa của trang (1–${MAX_PAGE_SIZE})`, example: DEFAULT_PAGE_SIZE }),
});
export type PageQuery = z.output<typeof pageQuerySchema>;

/** One page of a list: the items, the total before paging, and the window asked for. */
export function pageSchema<T extends z.ZodType>(item: T, name: string) {
  return z
    .strictObject({
      items: z.array(item),
      total: z.number().int(),
      offset: z.number().int(),
      limit: z.number().int(),
    })
    .openapi(name);
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
}

/** The window of an already sorted list. */
export function pageOf<T>(items: readonly T[], query: PageQuery): Page<T> {
  return {
    items: items.slice(query.offset, query.offset + query.limit),
    total: items.length,
    offset: query.offset,
    limit: query.limit,
  };
}
