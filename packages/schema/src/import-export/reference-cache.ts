// The rows an import refers to, loaded once. The models' parse() checks references one row at a
// time (a query per row); during an import the same checks are answered from memory, which
// takes 10,000 rows from tens of seconds to a few.
import type { Tx } from "../editing/audit.ts";
import type { KeyLookup } from "./row-input.ts";

export interface ReferenceCache extends KeyLookup {
  partnerIds: Set<string>;
  regionIds: Set<string>;
  /** Contact point id → its partner's id. */
  contactPointPartner: Map<string, string>;
}

export async function loadReferences(tx: Tx, needContactPoints: boolean): Promise<ReferenceCache> {
  const [partners, regions, contactPoints] = await Promise.all([
    tx.partner.findMany({ select: { id: true, externalKey: true } }),
    tx.region.findMany({ select: { id: true } }),
    needContactPoints
      ? tx.contactPoint.findMany({ select: { id: true, externalKey: true, partnerId: true } })
      : Promise.resolve([]),
  ]);
  const partnerByKey = keyIndex(partners);
  const contactPointByKey = keyIndex(contactPoints);
  return {
    partnerIds: new Set(partners.map((p) => p.id)),
    regionIds: new Set(regions.map((r) => r.id)),
    contactPointPartner: new Map(contactPoints.map((c) => [c.id, c.partnerId])),
    partnerId: (key) => partnerByKey.get(key),
    contactPointId: (key) => contactPointByKey.get(key),
  };
}

/** externalKey → id, and id → id for rows named by their id (an external key wins over an id). */
function keyIndex(rows: { id: string; externalKey: string | null }[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const row of rows) index.set(row.id, row.id);
  for (const row of rows) if (row.externalKey) index.set(row.externalKey, row.id);
  return index;
}

type Args = { where?: Record<string, unknown>; select?: Record<string, unknown> };

const onlyKeys = (object: object | undefined, allowed: string[]) =>
  !!object && Object.keys(object).every((key) => allowed.includes(key));

/**
 * `tx` whose reference checks (partner by id, regions / contact points by ids) are answered from
 * the cache; every other call, and any other shape of these calls, goes to the database.
 */
export function cachedReferences(tx: Tx, cache: ReferenceCache): Tx {
  const idsIn = (args: Args) => (args.where?.id as { in?: unknown } | undefined)?.in;
  const overrides: Record<string, Record<string, (args: Args) => unknown>> = {
    partner: {
      findUnique: (args) =>
        onlyKeys(args.where, ["id"]) && onlyKeys(args.select, ["id"])
          ? cache.partnerIds.has(args.where!.id as string)
            ? { id: args.where!.id }
            : null
          : undefined,
    },
    region: {
      findMany: (args) => {
        const ids = idsIn(args);
        if (!Array.isArray(ids) || !onlyKeys(args.where, ["id"])) return undefined;
        return ids.filter((id) => cache.regionIds.has(id)).map((id) => ({ id }));
      },
    },
    contactPoint: {
      findMany: (args) => {
        const ids = idsIn(args);
        if (!Array.isArray(ids) || !onlyKeys(args.where, ["id", "partnerId"])) return undefined;
        const partnerId = args.where?.partnerId;
        return ids
          .filter((id) => {
            const owner = cache.contactPointPartner.get(id);
            return owner !== undefined && (partnerId === undefined || owner === partnerId);
          })
          .map((id) => ({ id }));
      },
    },
  };
  return new Proxy(tx, {
    get(target, property, receiver) {
      const delegate = Reflect.get(target, property, receiver);
      const methods = typeof property === "string" ? overrides[property] : undefined;
      if (!methods) return delegate;
      return new Proxy(delegate, {
        get(inner, method, innerReceiver) {
          const original = Reflect.get(inner, method, innerReceiver);
          const cached = typeof method === "string" ? methods[method] : undefined;
          if (!cached) return original;
          return (args: Args) => {
            const answer = cached(args ?? {});
            return answer === undefined ? original.call(inner, args) : Promise.resolve(answer);
          };
        },
      });
    },
  });
}
