// Networks of canteens as the core sees them, and the part of the Store port that keeps them.
// A network knows its canteens by id and name only: never their members, names or groups.
import type { CanteenRecords } from "../impact/index.ts";
import type { Period } from "../impact/index.ts";

/** A canteen as a network shows it: its id and name, nothing about its people or chats. */
export interface NetworkCanteen {
  canteenId: number;
  name: string;
  joinedAt: Date;
}

/** A network of canteens. */
export interface Network {
  id: number;
  name: string;
  /** Member canteens, in the order they joined. */
  canteens: NetworkCanteen[];
}

/** Outcome of `/reseau creer`. */
export type CreateNetworkResult =
  { kind: "created"; network: Network } | { kind: "name-taken" } | { kind: "already-member"; network: Network };

/** Outcome of `/reseau rejoindre CODE`. */
export type JoinNetworkResult = { kind: "joined"; network: Network } | { kind: "bad-code" } | { kind: "already-member"; network: Network };

/** Persistence of networks. Each method is one atomic unit of work. */
export interface NetworkStore {
  /** Creates a network whose first canteen is `canteenId`; `personId` becomes its manager. */
  createNetwork(input: { name: string; slug: string; canteenId: number; personId: number }): Promise<CreateNetworkResult>;
  /** A one-time code for another canteen to join the network. */
  createNetworkInvite(networkId: number, createdBy: number, expiresAt: Date): Promise<string>;
  /** Puts the canteen in the network of a valid, unused code (the code is then used). */
  joinNetwork(code: string, canteenId: number, now: Date): Promise<JoinNetworkResult>;
  /** Takes the canteen out of its network (a network left with no canteen is removed); the network it left, or null. */
  leaveNetwork(canteenId: number): Promise<Network | null>;
  /** The network a canteen belongs to, if any. */
  networkOfCanteen(canteenId: number): Promise<Network | null>;
  /** Networks a person manages. */
  networksManagedBy(personId: number): Promise<Network[]>;
  /** The people who manage a network. */
  networkManagers(networkId: number): Promise<number[]>;
  /**
   * The impact records of several canteens over a period (services held up to `today`), in the
   * order given: for each, exactly what `impactRecords` gives, read for all of them at once.
   */
  networkRecords(canteenIds: number[], period: Period, today: string): Promise<CanteenRecords[]>;
}
