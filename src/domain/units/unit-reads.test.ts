import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// `units.find` reads a page: the first `limit` units, shallowest first. Used to read "every unit
// below", a large limit dropped the deepest units without a word once a tree outgrew it (the
// national tree has ~105,000 units: an import at the nation read 100,000 and missed villages).
// Every whole-subtree read goes through `units.listWithin`; this walks every call of
// `units.find` in the source and allows only a page's limit, or one more than a cap the caller
// checks and refuses past.

const PAGE = 500;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

/** Each `units.find({ … limit })` in a file: where it is and the limit's source text. */
function findCalls(file: string): Array<{ at: string; limit: ts.Expression | null }> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const out: Array<{ at: string; limit: ts.Expression | null }> = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'find' &&
      /\bunits$/.test(node.expression.expression.getText(source))
    ) {
      const arg = node.arguments[0];
      const limit =
        arg && ts.isObjectLiteralExpression(arg)
          ? arg.properties.find(
              (p): p is ts.PropertyAssignment =>
                ts.isPropertyAssignment(p) && p.name.getText(source) === 'limit',
            )
          : undefined;
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      out.push({ at: `${file}:${line}`, limit: limit?.initializer ?? null });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/**
 * A page's limit: a small number, the caller's own page size (`limit`, `input.limit ?? 100`), or
 * a cap plus one, which the caller checks and refuses past (`MAX_RECIPIENTS + 1`).
 */
function isPageLimit(limit: ts.Expression | null): boolean {
  if (!limit) return true;
  if (ts.isNumericLiteral(limit)) return Number(limit.text.replace(/_/g, '')) <= PAGE;
  if (ts.isIdentifier(limit)) return limit.text === 'limit';
  if (ts.isPropertyAccessExpression(limit)) return limit.name.text === 'limit';
  if (!ts.isBinaryExpression(limit)) return false;
  const op = limit.operatorToken.kind;
  if (op === ts.SyntaxKind.QuestionQuestionToken)
    return isPageLimit(limit.left) && isPageLimit(limit.right);
  return (
    op === ts.SyntaxKind.PlusToken && ts.isNumericLiteral(limit.right) && limit.right.text === '1'
  );
}

describe('reads of the unit tree', () => {
  const calls = sources('src').flatMap(findCalls);

  it('finds the calls it checks', () => {
    expect(calls.length).toBeGreaterThan(3);
  });

  it('reads a page with units.find and every unit with units.listWithin', () => {
    const wholeTree = calls.filter((c) => !isPageLimit(c.limit)).map((c) => c.at);
    expect(wholeTree).toEqual([]);
  });
});
