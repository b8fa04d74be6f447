/**
 * What a table mapper remembers between batches: the ids it accepted or rejected, the persons waiting for their
 * household, the sites it has seen.
 *
 * @internal
 * @module
 */
import type { HouseholdMember, IncomeSource } from '../../internal/records.ts';

/**
 * The persons of one household, waiting for the household's row.
 *
 * @internal
 */
export interface PendingPersons {
  readonly members: HouseholdMember[];
  /** Row numbers of the persons, for problems when no household claims them. */
  readonly rows: number[];
  /** Their income sources with amounts. */
  readonly incomes: IncomeSource[];
  /** Income sources with a blank amount. */
  blankIncomes: number;
}

/**
 * Cross-batch, cross-table state.
 *
 * @internal
 */
export interface MapperState {
  /** Accepted household ids → row. */
  readonly households: Map<string, number>;
  /** Rejected household ids → first row (when no row with that id was accepted). */
  readonly rejectedHouseholds: Map<string, number>;
  /** Persons by household id, until their household's row claims them. */
  readonly pendingPersons: Map<string, PendingPersons>;
  /** Accepted site ids → row. */
  readonly sites: Map<string, number>;
  /** Household ids known from outside (`householdIds` option), when this mapper maps no households. */
  readonly knownHouseholds: ReadonlySet<string> | undefined;
  /** Site ids known from outside. */
  readonly knownSites: ReadonlySet<string> | undefined;
  /** Whether households were mapped (so enrolments are checked against them). */
  householdsSeen: boolean;
  /** Whether sites were mapped. */
  sitesSeen: boolean;
  /** Members attached to households (persons that became records). */
  personsAttached: number;
}

/**
 * A fresh state.
 *
 * @internal
 */
export function createState(knownHouseholds: ReadonlySet<string> | undefined, knownSites: ReadonlySet<string> | undefined): MapperState {
  return {
    households: new Map(),
    rejectedHouseholds: new Map(),
    pendingPersons: new Map(),
    sites: new Map(),
    knownHouseholds,
    knownSites,
    householdsSeen: false,
    sitesSeen: false,
    personsAttached: 0,
  };
}
