import { z } from "@hono/zod-openapi";

type OpenApiMethod = (this: z.ZodType, refId: string) => z.ZodType;

/**
 * `schema.openapi(name)` for a schema another package built: a zod schema made before this package
 * extended zod (the application layer's, the catalogue's) lacks the method, so it is called from the
 * prototype @hono/zod-openapi added it to. The answer is the same schema, named in /openapi.json.
 */
export function namedSchema<S extends z.ZodType>(schema: S, name: string): S {
  const openapi = (z.ZodType.prototype as unknown as { openapi: OpenApiMethod }).openapi;
  return openapi.call(schema, name) as S;
}
