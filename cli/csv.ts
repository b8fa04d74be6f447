/**
 * Reading and writing CSV files.
 *
 * Reading streams each file through Papa Parse — a maintained, dependency-free RFC 4180 parser, about three
 * times faster than csv-parse on these files (docs/design-notes.md has the measurements and the reasons) — with
 * UTF-8 with or without a byte-order mark, `,`, `;` or tab delimiters (detected from the header line, outside
 * quotes), quoted fields holding delimiters, quotes and line breaks, and LF or CRLF line ends. Rows come in
 * batches of arrays of strings, in file order.
 *
 * Row numbers are a spreadsheet's: the header is row 1 and a quoted cell spanning several lines is still one
 * row. A blank line between records is passed on as a row of blanks (so it is reported, and later rows keep their
 * numbers); blank lines at the end of the file are ignored.
 *
 * @module
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Transform } from 'node:stream';
import Papa from 'papaparse';
import { InputError } from './errors.ts';

/** A CSV file whose header has been read. */
export interface CsvSource {
  /** The file. */
  readonly path: string;
  /** Its name, as messages print it. */
  readonly label: string;
  /** The delimiter found on the header line. */
  readonly delimiter: ',' | ';' | '\t';
  /** The header's column names, as written (a byte-order mark removed). */
  readonly header: readonly string[];
  /** The file's size in bytes. */
  readonly bytes: number;
}

/** A row whose number of cells differs from the header's: often an unquoted delimiter or a lost quote. */
export interface CellCountProblem {
  readonly row: number;
  readonly cells: number;
  readonly columns: number;
}

const SAMPLE_BYTES = 1 << 20;

/** The first record of a text (the header), up to the first line break outside quotes. */
function firstRecord(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) return text.slice(0, i);
  }
  return text;
}

/** The delimiter used most often outside quotes on a line; `,` on a tie or when none is used. */
export function detectDelimiter(line: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c] += 1;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

/** Opens a CSV file and reads its header line. */
export async function readCsvHeader(path: string): Promise<CsvSource> {
  const label = basename(path);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError(`${path} is not a file.`);
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.`);
  }
  const handle = await open(path, 'r');
  let sample: Buffer;
  try {
    const buffer = Buffer.alloc(Math.min(SAMPLE_BYTES, size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    sample = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  if ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff)) {
    throw new InputError(`${label} is saved as UTF-16; save it as "CSV UTF-8" (Excel) or UTF-8 and run again.`);
  }
  const text = sample.toString('utf8').replace(/^\uFEFF/, '');
  const line = firstRecord(text);
  if (line.trim() === '') throw new InputError(`${label} has no header line; its first line must name the columns.`);
  const delimiter = detectDelimiter(line);
  const header = (Papa.parse<string[]>(line, { delimiter }).data[0] ?? []).map((name) => name.trim());
  return { path, label, delimiter, header, bytes: size };
}

/** Options of {@link readCsvRows}. */
export interface CsvReadOptions {
  /** Called after each chunk of rows is handed on, with the bytes read so far. */
  readonly onBytes?: (bytesRead: number) => void;
  /** Called for every row whose cell count differs from the header's. */
  readonly onCellCount?: (problem: CellCountProblem) => void;
}

/** Drops a UTF-8 byte-order mark at the start of a text stream (Papa Parse keeps it in the first cell). */
function withoutBom(): Transform {
  let first = true;
  return new Transform({
    decodeStrings: false,
    transform(chunk: string, _encoding, done) {
      if (first) {
        first = false;
        done(null, chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk);
      } else done(null, chunk);
    },
  });
}

/**
 * Streams the data rows of a CSV file (the header skipped) to `onRows`, in batches of arrays of cells, in file
 * order. A quote that is never closed is an {@link InputError} naming the file and row.
 */
export function readCsvRows(source: CsvSource, onRows: (rows: string[][]) => void, options: CsvReadOptions = {}): Promise<void> {
  const columns = source.header.length;
  const stream = createReadStream(source.path, { encoding: 'utf8', highWaterMark: 1 << 18 });
  let row = 0;
  let blanks = 0;
  let failure: InputError | undefined;
  return new Promise((resolve, reject) => {
    stream.on('error', (error) => reject(new InputError(`cannot read ${source.path}: ${error.message}`)));
    Papa.parse<string[]>(stream.pipe(withoutBom()), {
      delimiter: source.delimiter,
      chunk(results, parser) {
        const batch: string[][] = [];
        const first = row;
        for (const record of results.data) {
          row += 1;
          if (row === 1) continue; // the header
          if (record.length === 1 && record[0] === '') {
            blanks += 1;
            continue;
          }
          // Blank lines between records are rows too (reported by the mapper, so later rows keep their numbers).
          for (; blanks > 0; blanks--) batch.push(new Array<string>(columns).fill(''));
          if (record.length !== columns) options.onCellCount?.({ row, cells: record.length, columns });
          batch.push(record);
        }
        const unclosed = results.errors.find((e) => e.code === 'MissingQuotes');
        if (unclosed !== undefined) {
          failure = new InputError(`${source.label}: the quote opened in row ${first + (unclosed.row ?? 0) + 1} is never closed, so the rest of the file would read as one cell; close it (a quote inside a quoted cell is written twice: "").`);
          parser.abort();
          return;
        }
        try {
          if (batch.length > 0) onRows(batch);
          options.onBytes?.(stream.bytesRead);
        } catch (error) {
          failure = error as InputError;
          parser.abort();
        }
      },
      complete() {
        stream.destroy();
        if (failure !== undefined) reject(failure);
        else resolve();
      },
      error(error: Error) {
        reject(new InputError(`${source.label}: ${error.message}`));
      },
    });
  });
}

/** Whether a cell needs quotes: a delimiter, a quote, a line break, or spaces a reader would trim. */
function needsQuotes(cell: string, delimiter: string): boolean {
  return cell.includes(delimiter) || cell.includes('"') || cell.includes('\n') || cell.includes('\r') || cell !== cell.trim();
}

/** One CSV line (with its CRLF-free `\n` end), quoting cells that need it. */
export function csvLine(cells: readonly string[], delimiter = ','): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as string;
    if (i > 0) line += delimiter;
    line += needsQuotes(cell, delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell;
  }
  return `${line}\n`;
}

/**
 * A cell of a file that people open in a spreadsheet, guarded against formula injection (OWASP): text from the
 * city's own records that starts with `=`, `+`, `@`, a tab or a carriage return — or `-` not followed by a number —
 * gets a leading apostrophe, which spreadsheets show as text.
 */
export function spreadsheetSafe(cell: string): string {
  if (/^[=+@\t\r]/.test(cell) || (cell.startsWith('-') && !/^-\d/.test(cell))) return `'${cell}`;
  return cell;
}
