// PostgreSQL driver adapter for Prisma, with a shim for prisma/orm#27403: the pg adapter cannot
// deserialise catalog columns of type `name` (oid 19), which breaks the schema engine. We report
// them as `text` (oid 25) before the adapter sees the result.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

const NAME_OID = 19;
const TEXT_OID = 25;

function patchFields(result: unknown): unknown {
  const list = Array.isArray(result) ? result : [result];
  for (const r of list) {
    const fields = (r as { fields?: { dataTypeID: number }[] } | undefined)?.fields;
    if (fields) for (const f of fields) if (f.dataTypeID === NAME_OID) f.dataTypeID = TEXT_OID;
  }
  return result;
}

/** A pg Client whose results never expose the `name` type to Prisma (see file comment). */
export class NameAsTextClient extends pg.Client {
  // pg's query has many overloads; we intercept both the promise and the callback forms.
  override query(...args: unknown[]): never {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      const cb = last as (err: Error | null, res: unknown) => void;
      args[args.length - 1] = (err: Error | null, res: unknown) => cb(err, err ? res : patchFields(res));
      return (super.query as (...a: unknown[]) => never)(...args);
    }
    const ret = (super.query as (...a: unknown[]) => unknown)(...args);
    if (ret && typeof (ret as Promise<unknown>).then === "function") {
      return (ret as Promise<unknown>).then(patchFields) as never;
    }
    return ret as never;
  }
}

/** Builds the Prisma driver adapter factory for a PostgreSQL connection string. */
export function createPgAdapter(connectionString: string, max = 10): PrismaPg {
  return new PrismaPg({ connectionString, max, Client: NameAsTextClient } as pg.PoolConfig);
}
