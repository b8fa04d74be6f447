/**
 * Which program's enrolments a year-to-year function counts (`retention`, `joinEnrollments`).
 *
 * @internal
 * @module
 */
import { describe, fail } from '../../internal/errors.ts';
import type { Enrollment } from '../../internal/records.ts';
import { optionalAccessor } from './options.ts';

/** Decides, record by record, whether an enrolment belongs to the program counted. */
export interface ProgramSelection<T> {
  /** Whether `record` is counted; checks the program's type. */
  readonly counts: (record: T, index: number) => boolean;
  /** Records left out because they are in another program. */
  readonly otherPrograms: () => number;
  /** Throws when no program was chosen but the records name several, or none is in the chosen program. */
  readonly check: (records: number) => void;
}

/**
 * Reads `programId` and the `program` accessor (default: the record's `programId`, the {@link Enrollment} shape).
 * With `programId`, records of other programs are left out and counted; without it, records of more than one
 * program are an error that asks which, because mixing programs turns a household that moved from one program to
 * another into a retained one (or an enrolment in another program into a new entrant).
 */
export function programSelection<T>(options: Record<string, unknown>, fn: string, recordsPath: string): ProgramSelection<T> {
  const accessor =
    optionalAccessor<(record: T, index: number) => string | undefined>(options, 'program', fn, 'a function (record) => program id') ??
    ((record: T) => (record as Partial<Enrollment> | null)?.programId);
  const given = options['programId'];
  let wanted: ReadonlySet<string> | null = null;
  if (given !== undefined) {
    const list: unknown[] = Array.isArray(given) ? given : [given];
    if (list.length === 0 || !list.every((id) => typeof id === 'string')) {
      fail('invalid_type', 'options.programId', `${fn}: options.programId is ${describe(given)}; pass a program id such as "youth-scholarship", or a list of ids to count as one program.`);
    }
    wanted = new Set(list as string[]);
  }
  const seen = new Set<string>();
  let other = 0;
  const counts = (record: T, index: number): boolean => {
    const program: unknown = accessor(record, index);
    if (program !== undefined && typeof program !== 'string') {
      fail(
        'invalid_type',
        `${recordsPath}[${index}]`,
        `${fn}: ${options['program'] === undefined ? 'programId' : 'options.program'} is ${describe(program)} for ${recordsPath}[${index}]; a program id must be a string.`,
      );
    }
    if (program !== undefined) seen.add(program);
    // `wanted` holds strings only, so an undefined program is never in it.
    if (wanted === null || wanted.has(program as string)) return true;
    other++;
    return false;
  };
  const listed = (): string => [...seen].sort().map((id) => JSON.stringify(id)).join(', ');
  const check = (records: number): void => {
    if (wanted === null && seen.size > 1) {
      const first = [...seen].sort()[0] as string;
      fail(
        'invalid_value',
        'options.programId',
        `${fn}: ${recordsPath} hold enrolments in ${seen.size} programs (${listed()}); ${
          fn === 'retention' ? 'retention follows the households of one program' : 'a household is enrolled in one program'
        } — pass options.programId, e.g. ${JSON.stringify(first)}, or a list of programs to count as one.`,
      );
    }
    // Without programId every record counts (other = 0), so this needs programId: `wanted` is set.
    if (records > 0 && other === records) {
      fail(
        'not_found',
        'options.programId',
        `${fn}: no record is in program ${[...(wanted as ReadonlySet<string>)].map((id) => JSON.stringify(id)).join(' or ')}; programs in the records: ${
          seen.size === 0 ? 'none (records have no programId; read it with options.program)' : listed()
        }.`,
      );
    }
  };
  return { counts, otherPrograms: () => other, check };
}
