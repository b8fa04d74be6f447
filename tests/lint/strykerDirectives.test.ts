import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** StrykerJS 9.6's mutator names (node_modules/@stryker-mutator/instrumenter/dist/src/mutators). */
const MUTATORS = new Set([
  'ArithmeticOperator',
  'ArrayDeclaration',
  'ArrowFunction',
  'AssignmentOperator',
  'BlockStatement',
  'BooleanLiteral',
  'ConditionalExpression',
  'EqualityOperator',
  'LogicalOperator',
  'MethodExpression',
  'ObjectLiteral',
  'OptionalChaining',
  'Regex',
  'StringLiteral',
  'UnaryOperator',
  'UpdateOperator',
]);

/**
 * The one form a mutant may be disabled in (docs/contributing.md, "Equivalent mutants"): the next line only, named
 * mutators (never `all`), and after "equivalent" the reason no result can change.
 */
const FORM = /^\/\/ Stryker disable next-line ([A-Za-z]+(?:, ?[A-Za-z]+)*): equivalent(?: —|,|:) (\S+(?: \S+){3,})/;

/** Problems with one `Stryker` comment (a line of src/), or null when it has the allowed form. */
function directiveProblem(line: string): string | null {
  const text = line.trim();
  const match = FORM.exec(text);
  if (match === null) return 'write `// Stryker disable next-line <Mutator>: equivalent — <why no result can change>`';
  const unknown = match[1]!.split(',').map((m) => m.trim()).filter((m) => !MUTATORS.has(m));
  return unknown.length === 0 ? null : `unknown mutator ${unknown.join(', ')} (one of ${[...MUTATORS].join(', ')})`;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

describe('Stryker directives in src/ say why a mutant is equivalent (docs/contributing.md)', () => {
  it('every `Stryker` comment disables named mutators on the next line only, with the reason', () => {
    const problems = sourceFiles(join(root, 'src')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => {
          if (!/\bStryker (disable|restore)\b/.test(line)) return [];
          const problem = directiveProblem(line);
          return problem === null ? [] : [`${relative(root, file)}:${i + 1}: ${problem}`];
        }),
    );
    expect(problems).toEqual([]);
  });

  it('accepts the documented form and rejects file-wide, `all`, unknown mutators and missing reasons', () => {
    expect(directiveProblem('    // Stryker disable next-line ArithmeticOperator: equivalent — the cell size changes speed, not which pairs are summed')).toBeNull();
    expect(directiveProblem('// Stryker disable next-line EqualityOperator, ConditionalExpression: equivalent, because at x = 0 both branches return 0')).toBeNull();
    expect(directiveProblem('// Stryker disable all')).not.toBeNull();
    expect(directiveProblem('// Stryker disable next-line all: equivalent — nothing here changes results')).not.toBeNull();
    expect(directiveProblem('// Stryker disable EqualityOperator: equivalent — at x = 0 both branches return 0')).not.toBeNull();
    expect(directiveProblem('// Stryker disable next-line EqualityOperator')).not.toBeNull();
    expect(directiveProblem('// Stryker disable next-line EqualityOperator: equivalent')).not.toBeNull();
    expect(directiveProblem('// Stryker disable next-line EqualityOperator: too slow to test properly here')).not.toBeNull();
    expect(directiveProblem('// Stryker disable next-line Equality: equivalent — at x = 0 both branches return 0')).toMatch(/unknown mutator Equality/);
    expect(directiveProblem('// Stryker restore all')).not.toBeNull();
  });
});
