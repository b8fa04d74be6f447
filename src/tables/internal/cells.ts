/**
 * Cell readers for text, numbers and yes/no values. Each takes the raw cell (string, number, bigint, boolean,
 * Date, null …) and returns the value, {@link MISSING} or a {@link Failure}. Good cells allocate nothing beyond
 * the value itself; nothing is compiled per cell.
 *
 * @internal
 * @module
 */
import { Failure, MISSING, quote } from './failure.ts';

/**
 * The tokens that mean "missing" in one column, compared after trimming and ignoring case.
 *
 * @internal
 */
export class MissingTokens {
  readonly tokens: ReadonlySet<string>;
  /** Longest token: longer cells cannot be missing, so they are never lower-cased. */
  readonly longest: number;
  /**
   * First characters of the tokens, both cases, by char code < 128. The typed array ignores writes past its end
   * (other first characters) and at NaN (the empty token), and reads undefined there, so such cells go to the set.
   */
  private readonly first: Uint8Array = new Uint8Array(128);

  constructor(tokens: readonly string[]) {
    const set = new Set<string>();
    let longest = 0;
    for (const token of tokens) {
      const t = token.trim().toLowerCase();
      set.add(t);
      // Stryker disable next-line EqualityOperator: equivalent — a token as long as the longest leaves it as it is
      if (t.length > longest) longest = t.length;
      this.first[t.charCodeAt(0)] = 1;
      this.first[t.toUpperCase().charCodeAt(0)] = 1;
    }
    this.tokens = set;
    this.longest = longest;
  }

  /** Whether a trimmed cell is missing. Most cells are ruled out by their length or first character alone. */
  has(trimmed: string): boolean {
    const n = trimmed.length;
    if (n === 0) return true;
    if (n > this.longest) return false;
    if (this.first[trimmed.charCodeAt(0)] === 0) return false;
    return this.tokens.has(trimmed.toLowerCase());
  }
}

/**
 * Two-digit zero padding.
 *
 * @internal
 */
export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * A `YYYY-MM-DD` string from calendar parts (years 1000–9999).
 *
 * @internal
 */
export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/**
 * A cell as trimmed text: numbers and bigints in decimal, booleans as `true`/`false`, dates as `YYYY-MM-DD` (UTC)
 * when they fall on midnight and ISO otherwise.
 *
 * @internal
 */
export function cellText(raw: unknown, missing: MissingTokens): string | typeof MISSING | Failure {
  if (typeof raw === 'string') {
    const t = raw.trim();
    return missing.has(t) ? MISSING : t;
  }
  if (raw === null || raw === undefined) return MISSING;
  if (typeof raw === 'number') {
    if (Number.isNaN(raw)) return MISSING;
    if (!Number.isFinite(raw)) return new Failure('invalid_value', `${raw} is not a value`);
    return String(raw);
  }
  if (typeof raw === 'bigint') return String(raw);
  if (typeof raw === 'boolean') return raw ? 'true' : 'false';
  if (raw instanceof Date) {
    const time = raw.getTime();
    if (Number.isNaN(time)) return MISSING;
    if (time % 86_400_000 === 0) return isoDate(raw.getUTCFullYear(), raw.getUTCMonth() + 1, raw.getUTCDate());
    return raw.toISOString();
  }
  return new Failure('invalid_value', `${quote(raw)} is ${Array.isArray(raw) ? 'a list' : 'an object'}, not a cell value`);
}

/** Options of {@link parseNumberText}. */
export interface NumberFormat {
  /** `.` or `,`. */
  readonly decimal: 46 | 44;
  /** What `%` means: `fraction`, `number`, or undefined (a problem). */
  readonly percent: 'fraction' | 'number' | undefined;
  /** Whether `$`, `%`, parentheses and thousands separators are allowed (not for coordinates). */
  readonly decorated: boolean;
}

const CH_0 = 48;
const CH_9 = 57;
const CH_MINUS = 45;
const CH_PLUS = 43;
const CH_DOT = 46;
const CH_COMMA = 44;

function isGroupSpace(c: number): boolean {
  // space, no-break space, narrow no-break space, thin space, apostrophe (Swiss 1'234) and its typographic form
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 39 || c === 0x2019;
}

/**
 * Reads a number written as text. The fast path (digits, one leading minus, one decimal point) calls `Number`
 * directly; anything else goes through the decorated reader: `$`, thousands separators in groups of three,
 * parentheses or a Unicode minus for negatives, `%`, and exponents.
 *
 * @internal
 */
export function parseNumberText(text: string, format: NumberFormat): number | Failure {
  const n = text.length;
  let plain = format.decimal === CH_DOT;
  let digits = 0;
  // Stryker disable next-line ConditionalExpression, EqualityOperator: equivalent — a leading minus the loop reads sends "-…" to the decorated reader; a first character it skips is a digit, a point or a sign Number reads as that reader does, or makes the text NaN
  const first = text.charCodeAt(0) === CH_MINUS ? 1 : 0;
  // Stryker disable next-line ConditionalExpression, LogicalOperator, EqualityOperator, UpdateOperator, BlockStatement: equivalent — each mutant stops the scan early (plain text then goes to the decorated reader, which reads it alike) or reads past the end (NaN clears plain)
  for (let i = first; i < n && plain; i++) {
    const c = text.charCodeAt(i);
    // Stryker disable next-line EqualityOperator, UpdateOperator: equivalent — a digit left uncounted (or digits--) sends the text to the decorated reader; with other characters counted, only text without digits stays plain, and Number reads it as NaN or ±Infinity
    if (c >= CH_0 && c <= CH_9) digits++;
    else if (c !== CH_DOT) plain = false;
  }
  // Stryker disable next-line EqualityOperator, BlockStatement: equivalent — text without digits ("-", ".") is NaN to Number and goes to the decorated reader either way
  if (plain && digits > 0) {
    const value = Number(text);
    if (Number.isFinite(value)) return value;
  }
  return parseDecorated(text, format);
}

function notANumber(text: string, format: NumberFormat, hint?: string): Failure {
  return new Failure(
    'invalid_number',
    `${JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text)} is not a number`,
    hint ??
      (format.decorated
        ? `write it with digits, an optional $ sign, thousands separators and a decimal ${format.decimal === CH_DOT ? 'point' : 'comma'} (e.g. ${format.decimal === CH_DOT ? '1,234.50' : '1.234,50'}), or leave it blank if unknown`
        : `write it as a decimal number in degrees (e.g. ${format.decimal === CH_DOT ? '37.3382' : '37,3382'}), or leave it blank if unknown`),
  );
}

function parseDecorated(text: string, format: NumberFormat): number | Failure {
  let start = 0;
  let end = text.length;
  let negative = false;
  let percent = false;
  if (format.decorated && text.charCodeAt(0) === 40 /* ( */ && text.charCodeAt(end - 1) === 41 /* ) */) {
    negative = true;
    start++;
    end--;
    // the spaces after "(" are skipped with those after a sign; this scan stops at "(" at the latest
    while (text.charCodeAt(end - 1) === 32) end--;
  }
  // sign and currency, in either order: -$5, $-5, +5, −5 (U+2212)
  let signSeen = false;
  let currencySeen = false;
  for (;;) {
    const c = text.charCodeAt(start);
    if (!signSeen && (c === CH_MINUS || c === CH_PLUS || c === 0x2212)) {
      if (c !== CH_PLUS) negative = !negative;
      signSeen = true;
      start++;
    } else if (format.decorated && !currencySeen && c === 36 /* $ */) {
      currencySeen = true;
      start++;
    } else if (c === 32) {
      // the text is trimmed, so a space here follows "(", a sign or a $ (and may run past end: nothing is read then)
      start++;
    } else break;
  }
  // Before start stand only "(", signs, "$" and spaces, never "%"; spaces alone between them and "%" leave nothing to read.
  if (format.decorated && text.charCodeAt(end - 1) === 37 /* % */) {
    percent = true;
    end--;
    while (isGroupSpace(text.charCodeAt(end - 1))) end--;
  }
  const decimal = format.decimal;
  const group = decimal === CH_DOT ? CH_COMMA : CH_DOT;
  let cleaned = '';
  let sawDecimal = false;
  let sawGroup = false;
  let sawExponent = false;
  // digits since the last thousands separator; read only before the decimal separator and the exponent
  let digitsInGroup = 0;
  let digits = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= CH_0 && c <= CH_9) {
      cleaned += text[i];
      digits++;
      digitsInGroup++;
    } else if (c === decimal && !sawDecimal && !sawExponent) {
      if (sawGroup && digitsInGroup !== 3) return notANumber(text, format, groupingHint(format));
      sawDecimal = true;
      cleaned += '.';
    } else if (format.decorated && (c === group || isGroupSpace(c)) && !sawDecimal && !sawExponent) {
      // a thousands separator: after 1–3 digits first, then exactly three between separators
      if (digits === 0 || (sawGroup ? digitsInGroup !== 3 : digitsInGroup > 3)) return notANumber(text, format, groupingHint(format));
      sawGroup = true;
      digitsInGroup = 0;
    } else if ((c === 101 || c === 69) /* e E */ && digits > 0 && !sawExponent && !sawGroup) {
      sawExponent = true;
      cleaned += 'e';
      const next = text.charCodeAt(i + 1);
      if (next === CH_MINUS || next === CH_PLUS) {
        cleaned += text[i + 1];
        i++;
      }
    } else {
      return notANumber(text, format, unexpectedCharacterHint(text, c, format));
    }
  }
  if (digits === 0) return notANumber(text, format, text === '-' ? 'a lone "-" is often a spreadsheet\'s zero (accounting format) or a missing mark: write 0, or add "-" to the mapping\'s missing values' : undefined);
  if (sawGroup && !sawDecimal && digitsInGroup !== 3) return notANumber(text, format, groupingHint(format));
  if (percent && format.percent === undefined) {
    return new Failure(
      'unexpected_percent',
      `${JSON.stringify(text)} is written as a percent`,
      'say in the mapping what a percent means here: "percent": "fraction" reads 12% as 0.12, "percent": "number" as 12',
    );
  }
  let value = Number(cleaned);
  if (!Number.isFinite(value)) return notANumber(text, format);
  if (negative) value = -value;
  if (percent && format.percent === 'fraction') value = value / 100;
  return value;
}

function groupingHint(format: NumberFormat): string {
  return format.decimal === CH_DOT
    ? 'thousands separators must group three digits (1,234.50); if "," is your decimal separator, set "decimalSeparator": ","'
    : 'thousands separators must group three digits (1.234,50); if "." is your decimal separator, set "decimalSeparator": "."';
}

function unexpectedCharacterHint(text: string, c: number, format: NumberFormat): string | undefined {
  if (!format.decorated) return undefined;
  if (c === CH_DOT || c === CH_COMMA) return groupingHint(format);
  if (c === 8364 || c === 163 || c === 165) return 'amounts are US dollars: write them without another currency sign';
  if (/^[a-z]/i.test(text)) return 'a word where a number is expected: write the number, or add the word to the mapping\'s missing values (or "codes") if it means something';
  return undefined;
}

/**
 * A cell as a number: numbers as themselves (`NaN` missing), bigints converted, text through
 * {@link parseNumberText}; booleans and dates are failures.
 *
 * @internal
 */
export function cellNumber(raw: unknown, missing: MissingTokens, format: NumberFormat): number | typeof MISSING | Failure {
  if (typeof raw === 'number') {
    if (Number.isNaN(raw)) return MISSING;
    return Number.isFinite(raw) ? raw : new Failure('invalid_number', `${raw} is not a finite number`);
  }
  if (typeof raw === 'string') {
    const t = raw.trim();
    if (missing.has(t)) return MISSING;
    return parseNumberText(t, format);
  }
  if (raw === null || raw === undefined) return MISSING;
  if (typeof raw === 'bigint') return Number(raw);
  if (typeof raw === 'boolean') return new Failure('invalid_number', `${raw} is a yes/no value, not a number`);
  if (raw instanceof Date) return new Failure('invalid_number', `${quote(raw)} is a date, not a number`);
  return new Failure('invalid_value', `${quote(raw)} is ${Array.isArray(raw) ? 'a list' : 'an object'}, not a number`);
}

/**
 * Yes and no tokens of one column, lower-cased.
 *
 * @internal
 */
export interface BooleanTokens {
  readonly yes: ReadonlySet<string>;
  readonly no: ReadonlySet<string>;
  /** For messages: the tokens as the mapping writes them. */
  readonly yesList: readonly string[];
  readonly noList: readonly string[];
}

/**
 * A cell as a yes/no value.
 *
 * @internal
 */
export function cellBoolean(raw: unknown, missing: MissingTokens, tokens: BooleanTokens): boolean | typeof MISSING | Failure {
  if (typeof raw === 'string') {
    const t = raw.trim();
    if (tokens.yes.has(t)) return true;
    if (tokens.no.has(t)) return false;
    if (missing.has(t)) return MISSING;
    const lower = t.toLowerCase();
    if (tokens.yes.has(lower)) return true;
    if (tokens.no.has(lower)) return false;
    return new Failure('invalid_boolean', `${quote(t)} is neither yes (${tokens.yesList.join(', ')}) nor no (${tokens.noList.join(', ')})`, 'write one of those, or list the table\'s own words in the mapping\'s "trueValues" and "falseValues"');
  }
  if (typeof raw === 'boolean') return raw;
  if (raw === null || raw === undefined) return MISSING;
  if (typeof raw === 'number' || typeof raw === 'bigint') {
    if (Number.isNaN(raw)) return MISSING;
    // Compared by its text so a column of 1/0 follows the yes/no lists (default: 1 yes, 0 no).
    return cellBoolean(String(raw), missing, tokens);
  }
  return new Failure('invalid_boolean', `${quote(raw)} is not a yes/no value`);
}
