/**
 * Marks a field whose resolver reads only its parent row, its arguments and the request's
 * language (`ctx.locale`) — never `info`, never another query — so the compiled list path may
 * call it directly: `extensions: PLAIN_RESOLVE`. A field's `select` (the columns it reads) must
 * then be a plain object. Unmarked fields with resolvers keep the normal executor.
 */
export const PLAIN_RESOLVE = { kausaPlainResolve: true } as const;

export function isPlainResolve(extensions: Readonly<Record<string, unknown>> | null | undefined): boolean {
  return extensions?.kausaPlainResolve === true;
}
