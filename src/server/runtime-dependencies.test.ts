import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The server's build leaves every package outside its bundle (scripts/server-build.mjs), so each
// package the server's code loads at run time must be a dependency: an install without the
// development packages (`npm ci --omit=dev`, a slim image) must still start `loa serve`. Walks
// every file the server build can reach (all of src but the web app, which Vite bundles).

const ROOT = join(import.meta.dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    // The web app is Vite's to bundle; a fixtures folder holds the tests' own helpers.
    if (e.isDirectory())
      return path.endsWith(join('src', 'web')) || e.name === 'fixtures' ? [] : sources(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** The modules a file loads when it runs: imports and re-exports that are not type-only, and import(). */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isImportDeclaration(node) &&
      node.importClause?.phaseModifier !== ts.SyntaxKind.TypeKeyword
    ) {
      const named = node.importClause?.namedBindings;
      // `import { type A, type B } from 'x'` loads nothing either.
      const onlyTypes =
        !node.importClause?.name &&
        named !== undefined &&
        ts.isNamedImports(named) &&
        named.elements.length > 0 &&
        named.elements.every((e) => e.isTypeOnly);
      if (!onlyTypes && ts.isStringLiteral(node.moduleSpecifier))
        found.push(node.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(node) &&
      !node.isTypeOnly &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const packageOf = (specifier: string): string | null => {
  if (specifier.startsWith('.') || specifier.startsWith('node:')) return null;
  const name = specifier.startsWith('@')
    ? specifier.split('/').slice(0, 2).join('/')
    : (specifier.split('/')[0] ?? specifier);
  return builtinModules.includes(name) ? null : name;
};

describe("the server's packages", () => {
  it('are all dependencies, none only a development dependency', () => {
    const missing = sources(join(ROOT, 'src')).flatMap((file) =>
      runtimeImports(file)
        .map(packageOf)
        .filter((name): name is string => name !== null && !(name in manifest.dependencies))
        .map((name) => `${relative(ROOT, file)}: ${name}`),
    );
    expect(missing).toEqual([]);
  });
});
