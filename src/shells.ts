// A feature as this app's shells take it: the database shell (src/store) hands its store part the
// Database and its person hooks a transaction; the board shell (src/web) mounts its routes.
import type { Feature, PersonTable } from "./kernel/feature.ts";
import type { Database } from "./store/database.ts";
import type { Tx } from "./store/tx.ts";
import type { BoardMount } from "./web/app.ts";

/** One folder of src/features, as src/app.ts lists it. */
export type AppFeature = Feature<Database, Tx, BoardMount>;

/** How one of a feature's tables follows a person (/link, /forget me, /mydata), over this app's transactions. */
export type AppPersonTable = PersonTable<Tx>;
