/**
 * Every `@example` in src/ is run and every result it documents with `// =>` is checked: the documented value
 * of `cagr(…) // => 0.1` must be what `cagr` returns, so an example cannot drift from the code, and a unit
 * written in an example (0.1, not 10, for a fraction) is held to the code's unit. `deno test --doc` (run by
 * `land`) only runs the examples; this test checks what they say. Expected values are the examples' own text.
 *
 * A checked line is `expression; // => literal` (or `// => literal` alone under an expression statement); the
 * literal is a JSON-like value (unquoted keys allowed) optionally followed by a comment in parentheses.
 * Numbers agree to 1e-12 relative; typed arrays compare with arrays element by element.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = join(root, '.tmp/examples');

interface Example {
  readonly file: string;
  readonly line: number;
  readonly index: number;
  readonly code: string[];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function examplesOf(file: string): Example[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\*\s*@example\b/.test(lines[i] as string)) continue;
    let start = i + 1;
    while (start < lines.length && !/^\s*\*\s*```(ts|typescript)\s*$/.test(lines[start] as string)) {
      if (/^\s*\*\s*@|\*\//.test(lines[start] as string)) break;
      start++;
    }
    if (!/```(ts|typescript)/.test(lines[start] ?? '')) continue;
    const code: string[] = [];
    let end = start + 1;
    for (; end < lines.length && !/^\s*\*\s*```\s*$/.test(lines[end] as string); end++) {
      code.push((lines[end] as string).replace(/^\s*\* ?/, ''));
    }
    out.push({ file, line: start + 2, index: out.length, code });
    i = end;
  }
  return out;
}

/** The documented literal as a JavaScript expression, its trailing "(comment)" removed; `null` if none parses. */
export function literalOf(text: string): string | null {
  let candidate = text.trim();
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      new Function(`return (${candidate});`);
      return candidate;
    } catch {
      const stripped = candidate.replace(/\s*\((?:[^()]|\([^()]*\))*\)\s*$/, '');
      if (stripped === candidate) return null;
      candidate = stripped;
    }
  }
  return null;
}

interface Transformed {
  readonly source: string;
  readonly checks: number;
  readonly unparsed: string[];
}

function transform(example: Example): Transformed {
  const dir = dirname(example.file);
  const body: string[] = [];
  const unparsed: string[] = [];
  let checks = 0;
  const wrap = (code: string, literal: string, at: number): string => {
    checks++;
    return `__check((${code}), (${literal}), ${JSON.stringify(`${relative(root, example.file)}:${example.line + at}`)});`;
  };
  example.code.forEach((raw, k) => {
    let line = raw.replace(/from "(\.{1,2}\/[^"]+)"/g, (_m, path: string) => `from ${JSON.stringify(pathToFileURL(resolve(dir, path)).href)}`);
    const inline = /^(\s*)(.*?);\s*\/\/ => (.*)$/.exec(line);
    const alone = /^\s*\/\/ => (.*)$/.exec(line);
    if (inline !== null && !/^\s*[)}\]]/.test(inline[2] as string) && !/^\s*(const|let|var|return)\b/.test(inline[2] as string)) {
      const literal = literalOf(inline[3] as string);
      if (literal === null) unparsed.push(`${example.file}:${example.line + k}: ${raw.trim()}`);
      else line = `${inline[1]}${wrap(inline[2] as string, literal, k)}`;
    } else if (alone !== null) {
      const literal = literalOf(alone[1] as string);
      const previous = body.length - 1;
      const statement = /^(\s*)(.*);\s*$/.exec(body[previous] ?? '');
      if (literal === null || statement === null || /^\s*[)}\]]/.test(statement[2] as string)) {
        unparsed.push(`${example.file}:${example.line + k}: ${raw.trim()}`);
      } else {
        body[previous] = `${statement[1]}${wrap(statement[2] as string, literal, k - 1)}`;
        line = '';
      }
    }
    body.push(line);
  });
  const checker = pathToFileURL(join(root, 'tests/conventions/exampleCheck.ts')).href;
  return { source: `import { __check } from ${JSON.stringify(checker)};\n${body.join('\n')}\n`, checks, unparsed };
}

const examples = sourceFiles(join(root, 'src')).flatMap(examplesOf);
const transformed = new Map<Example, Transformed>();

beforeAll(() => {
  mkdirSync(outDir, { recursive: true });
  for (const example of examples) {
    const t = transform(example);
    transformed.set(example, t);
    writeFileSync(join(outDir, `${relative(join(root, 'src'), example.file).replace(/[/.]/g, '_')}_${example.index}.ts`), t.source);
  }
});

describe('@example blocks in src/ say what the code returns', () => {
  it('finds the examples and every documented result is a literal this test can read', () => {
    expect(examples.length).toBeGreaterThan(150);
    const unparsed = examples.flatMap((e) => transformed.get(e)?.unparsed ?? []);
    expect(unparsed).toEqual([]);
    const checks = examples.reduce((sum, e) => sum + (transformed.get(e)?.checks ?? 0), 0);
    expect(checks).toBeGreaterThan(350);
  });

  for (const example of examples) {
    it(`${relative(root, example.file)} example ${example.index + 1}`, async () => {
      const path = join(outDir, `${relative(join(root, 'src'), example.file).replace(/[/.]/g, '_')}_${example.index}.ts`);
      await import(pathToFileURL(path).href);
    });
  }
});
