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
  /** Their income sources with amounts (null until one is read: most persons tables carry no incomes). */
  incomes: IncomeSource[] | null;
  /** Income sources with a blank amount. */
  blankIncomes: number;
}

/**
 * What the mapper knows about one household id: its accepted row, its first rejected row, and its persons until
 * the household claims them. One entry per id keeps each household to one or two map operations.
 *
 * @internal
 */
export interface HouseholdEntry {
  /** The row that became the household's record; 0 while none has. */
  row: number;
  /** The first rejected row with this id, when no row has been accepted; 0 otherwise. */
  rejectedRow: number;
  /** Persons waiting for the household's row; null once claimed, or when none came. */
  persons: PendingPersons | null;
}

/**
 * Cross-batch, cross-table state.
 *
 * @internal
 */
export interface MapperState {
  /** Households and their waiting persons, by id. */
  readonly households: Map<string, HouseholdEntry>;
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
    sites: new Map(),
    knownHouseholds,
    knownSites,
    householdsSeen: false,
    sitesSeen: false,
    personsAttached: 0,
  };
}
