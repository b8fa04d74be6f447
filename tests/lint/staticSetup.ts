// Finds test setup that calls library code where no test can claim it: at module top level, in a `describe`
// body, or in `beforeAll`/`afterAll`. Mutation testing (StrykerJS, coverage per test) attributes the library code a
// test runs to that test; code run anywhere else is "static", and a mutant reached only there is ignored (not
// killed, not counted) or, without ignoreStatic, reruns every test file. docs/contributing.md says where to put
// setup instead (inside the test, `beforeEach`, or `shared()` from tests/helpers/shared.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export interface StaticSetupFinding {
  file: string;
  line: number;
  /** The library function (or a test helper that calls one) that runs outside any test. */
  callee: string;
  /** Where it runs: module top level, a describe body, beforeAll or afterAll. */
  where: string;
}

const STATIC_BLOCKS = new Set(['describe', 'suite', 'beforeAll', 'afterAll']);
const TEST_BLOCKS = new Set(['it', 'test', 'bench', 'beforeEach', 'afterEach']);
/** Callbacks that run later, inside a test: fast-check properties, and `shared()` builders (tests/helpers/shared.ts). */
const DEFERRED_CALLS = new Set(['property', 'asyncProperty', 'shared']);

function* tsFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* tsFiles(path);
    else if (name.endsWith('.ts')) yield path;
  }
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
}

/** The identifier a call chain starts from: `a.b.c()` → a, `f()()` → f. */
function rootName(node: ts.Expression): string | undefined {
  let e: ts.Expression = node;
  for (;;) {
    if (ts.isIdentifier(e)) return e.text;
    if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) e = e.expression;
    else if (ts.isCallExpression(e)) e = e.expression;
    else if (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) || ts.isAsExpression(e)) e = e.expression;
    else return undefined;
  }
}

/** The last name of a callee: `fc.property` → property, `it.each(x)` → each. */
function lastName(node: ts.Expression): string | undefined {
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  return undefined;
}

function isFunctionLike(node: ts.Node): node is ts.ArrowFunction | ts.FunctionExpression {
  return ts.isArrowFunction(node) || ts.isFunctionExpression(node);
}

/** Names this file imports from src/ (directly, or helpers that call into src/ as computed by `helperCalls`). */
function importedLibraryNames(
  source: ts.SourceFile,
  file: string,
  srcDir: string,
  helperCalls: (helperFile: string) => Set<string>,
): Set<string> {
  const names = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const specifier = statement.moduleSpecifier.text;
    if (!specifier.startsWith('.')) continue;
    const target = resolve(dirname(file), specifier);
    const fromSrc = !relative(srcDir, target).startsWith('..');
    const clause = statement.importClause;
    if (!clause || clause.isTypeOnly) continue;
    const helperNames = fromSrc ? undefined : helperCalls(target);
    const add = (imported: string, local: string): void => {
      if (fromSrc || helperNames?.has(imported)) names.add(local);
    };
    if (clause.name) add('default', clause.name.text);
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) {
      if (fromSrc || (helperNames?.size ?? 0) > 0) names.add(bindings.name.text);
    } else if (bindings) {
      for (const element of bindings.elements) {
        if (element.isTypeOnly) continue;
        add((element.propertyName ?? element.name).text, element.name.text);
      }
    }
  }
  return names;
}

/** True when any call or `new` inside `node` starts from one of `names`. */
function callsAny(node: ts.Node, names: Set<string>): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if ((ts.isCallExpression(n) || ts.isNewExpression(n)) && names.has(rootName(n.expression) ?? '')) {
      found = true;
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

/** Adds the file's own functions (and arrow constants) that call, directly or through each other, into `names`. */
function addLocalCallers(source: ts.SourceFile, names: Set<string>): void {
  const locals: [string, ts.Node][] = [];
  const collect = (statement: ts.Statement): void => {
    const target = ts.isExportDeclaration(statement) ? undefined : statement;
    if (target && ts.isFunctionDeclaration(target) && target.name && target.body) locals.push([target.name.text, target.body]);
    if (target && ts.isVariableStatement(target)) {
      for (const d of target.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && d.initializer && isFunctionLike(d.initializer)) locals.push([d.name.text, d.initializer]);
      }
    }
  };
  source.statements.forEach(collect);
  for (let changed = true; changed; ) {
    changed = false;
    for (const [name, body] of locals) {
      if (!names.has(name) && callsAny(body, names)) {
        names.add(name);
        changed = true;
      }
    }
  }
}

/** Scans every test file and helper module under `tests/` (skipping `skipDirs`) and returns the static setup that calls library code. */
export function findStaticSetup(root: string, skipDirs: readonly string[] = ['package', 'bench', 'lint']): StaticSetupFinding[] {
  const srcDir = resolve(root, 'src');
  const testsDir = resolve(root, 'tests');
  const helperCache = new Map<string, Set<string>>();
  const helperCalls = (helperFile: string): Set<string> => {
    const file = helperFile.endsWith('.ts') ? helperFile : `${helperFile}.ts`;
    const cached = helperCache.get(file);
    if (cached) return cached;
    const exported = new Set<string>();
    helperCache.set(file, exported);
    let source: ts.SourceFile;
    try {
      source = parse(file);
    } catch {
      return exported;
    }
    const names = importedLibraryNames(source, file, srcDir, helperCalls);
    addLocalCallers(source, names);
    for (const statement of source.statements) {
      if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
        const from = statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : undefined;
        const reexported = from ? resolve(dirname(file), from) : undefined;
        const fromSrc = reexported !== undefined && !relative(srcDir, reexported).startsWith('..');
        const inner = reexported && !fromSrc ? helperCalls(reexported) : undefined;
        for (const element of statement.exportClause.elements) {
          const original = (element.propertyName ?? element.name).text;
          if (fromSrc || inner?.has(original) || (!reexported && names.has(original))) exported.add(element.name.text);
        }
      }
      const modifiers = ts.canHaveModifiers(statement) ? ts.getModifiers(statement) : undefined;
      if (!modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
      if (ts.isFunctionDeclaration(statement) && statement.name && names.has(statement.name.text)) exported.add(statement.name.text);
      if (ts.isVariableStatement(statement)) {
        for (const d of statement.declarationList.declarations) {
          if (ts.isIdentifier(d.name) && names.has(d.name.text)) exported.add(d.name.text);
        }
      }
    }
    return exported;
  };

  const findings: StaticSetupFinding[] = [];
  const skip = skipDirs.map((d) => resolve(testsDir, d));
  for (const file of tsFiles(testsDir)) {
    // Helper modules too: their top-level code runs when a test file imports them.
    if (skip.some((d) => !relative(d, file).startsWith('..'))) continue;
    const source = parse(file);
    const names = importedLibraryNames(source, file, srcDir, helperCalls);
    addLocalCallers(source, names);
    if (names.size === 0) continue;
    const report = (node: ts.Node, callee: string, where: string): void => {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      findings.push({ file: relative(root, file), line, callee, where });
    };
    // Walks code that runs outside any test; `where` names the place.
    const visitStatic = (node: ts.Node, where: string): void => {
      if (ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isMethodDeclaration(node)) return;
      // A function defined here runs only when called; a callback passed to a call (`map`, `caught`) runs now.
      if (isFunctionLike(node) && !((ts.isCallExpression(node.parent) || ts.isNewExpression(node.parent)) && node.parent.arguments?.includes(node))) return;
      if (ts.isCallExpression(node)) {
        const block = rootName(node.expression);
        if (block !== undefined && TEST_BLOCKS.has(block)) {
          // The test's own callback is attributed to it; its name and table arguments are not.
          for (const arg of node.arguments) if (!isFunctionLike(arg)) visitStatic(arg, where);
          return;
        }
        if (block !== undefined && STATIC_BLOCKS.has(block)) {
          const inner = block === 'describe' || block === 'suite' ? 'a describe body' : block;
          visitStatic(node.expression, where);
          for (const arg of node.arguments) {
            if (isFunctionLike(arg)) visitStatic(arg.body, inner);
            else visitStatic(arg, where);
          }
          return;
        }
        if (DEFERRED_CALLS.has(lastName(node.expression) ?? '')) {
          for (const arg of node.arguments) if (!isFunctionLike(arg)) visitStatic(arg, where);
          return;
        }
        const callee = rootName(node.expression);
        if (callee !== undefined && names.has(callee)) report(node, callee, where);
      }
      if (ts.isNewExpression(node)) {
        const callee = rootName(node.expression);
        if (callee !== undefined && names.has(callee)) report(node, callee, where);
      }
      ts.forEachChild(node, (child) => visitStatic(child, where));
    };
    for (const statement of source.statements) {
      if (ts.isImportDeclaration(statement)) continue;
      visitStatic(statement, 'module top level');
    }
  }
  return findings;
}
