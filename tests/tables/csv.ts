import { readFileSync } from 'node:fs';

/**
 * A small RFC 4180 reader for the test fixtures: quoted fields (with doubled quotes and line breaks), CRLF or LF.
 * It keeps a byte-order mark on the first header, as a parser run without its BOM option does, so the mappers'
 * own BOM handling is what the tests exercise.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A fixture CSV as objects keyed by its header (every value a string), as most CSV parsers return it. */
export function readCsvObjects(url: URL): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(url, 'utf8'));
  return rows.map((cells) => Object.fromEntries((header ?? []).map((name, i) => [name, cells[i] ?? ''])));
}

/** A fixture CSV as arrays of cells, header first. */
export function readCsvArrays(url: URL): string[][] {
  return parseCsv(readFileSync(url, 'utf8'));
}
