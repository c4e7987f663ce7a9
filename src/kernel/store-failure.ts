// A store that cannot work right now — its database is busy, full, read-only, failing to read or
// write, or out of reach — says so with one error type, so the core can answer "try again in a
// moment" and let the platform deliver the event again, instead of "something went wrong".

/** Why the database could not do what was asked; each passes once its cause is gone. */
export type StoreFailureKind = "busy" | "full" | "read-only" | "io" | "unreachable";

/** A transient database failure: nothing was saved, and the same request may succeed later. */
export class StoreUnavailable extends Error {
  override readonly name = "StoreUnavailable";
  constructor(
    readonly kind: StoreFailureKind,
    options?: { cause?: unknown },
  ) {
    super(`the database is unavailable (${kind})`, options);
  }
}
