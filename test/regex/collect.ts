// Every regular expression in src/: the literals, and the `new RegExp(…)` whose pattern is built from string
// constants of its module (resolved here as the module would). What cannot be resolved is listed, so that a new
// dynamic pattern cannot slip past the linear-time checks.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

/** A regular expression found in the source, with where it is. */
export interface FoundRegex {
  readonly where: string;
  readonly source: string;
  readonly flags: string;
}

/** What could not be resolved statically. */
export interface Unresolved {
  readonly where: string;
  readonly text: string;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return files(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.generated.ts') ? [p] : [];
  });
}

/** A string constant exported by another module of the tree (resolved the same way), or `undefined`. */
function constantIn(file: string, name: string): string | undefined {
  const { strings } = moduleConstants(file);
  return strings.get(name);
}

const cache = new Map<string, { strings: Map<string, string> }>();

function moduleConstants(file: string): { strings: Map<string, string> } {
  const hit = cache.get(file);
  if (hit) return hit;
  const strings = new Map<string, string>();
  const entry = { strings };
  cache.set(file, entry);
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st) || !(st.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const d of st.declarationList.declarations) {
      if (!ts.isIdentifier(d.name) || d.initializer === undefined) continue;
      const i = d.initializer;
      if (ts.isStringLiteral(i) || ts.isNoSubstitutionTemplateLiteral(i)) strings.set(d.name.text, i.text);
    }
  }
  return entry;
}

/**
 * Collects the regular expressions of a source tree.
 *
 * @param root - the repository root
 * @returns the regexes found and the constructions that could not be resolved
 */
export function collectRegexes(root: string): { found: FoundRegex[]; unresolved: Unresolved[] } {
  const found: FoundRegex[] = [];
  const unresolved: Unresolved[] = [];
  for (const file of files(join(root, 'src'))) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const consts = new Map<string, ts.Expression>();
    const collectConsts = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        const list = node.parent;
        if (ts.isVariableDeclarationList(list) && list.flags & ts.NodeFlags.Const) {
          consts.set(node.name.text, node.initializer);
        }
      }
      ts.forEachChild(node, collectConsts);
    };
    collectConsts(sf);
    // Names imported from modules of the tree, for patterns built from another module's constants.
    const imports = new Map<string, string>();
    for (const st of sf.statements) {
      if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier)) continue;
      const spec = st.moduleSpecifier.text;
      if (!spec.startsWith('.')) continue;
      const target = join(dirname(file), spec.replace(/\.js$/, '.ts'));
      const named = st.importClause?.namedBindings;
      if (named && ts.isNamedImports(named))
        for (const el of named.elements) imports.set(el.name.text, target);
    }
    const resolve = (e: ts.Expression, depth = 0): string | undefined => {
      if (depth > 20) return undefined;
      if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
      if (ts.isParenthesizedExpression(e)) return resolve(e.expression, depth + 1);
      if (ts.isTemplateExpression(e)) {
        let out = e.head.text;
        for (const span of e.templateSpans) {
          const v = resolve(span.expression, depth + 1);
          if (v === undefined) return undefined;
          out += v + span.literal.text;
        }
        return out;
      }
      if (ts.isTaggedTemplateExpression(e) && e.tag.getText(sf) === 'String.raw') {
        const t = e.template;
        if (ts.isNoSubstitutionTemplateLiteral(t)) return t.rawText ?? t.text;
        let out = t.head.rawText ?? t.head.text;
        for (const span of t.templateSpans) {
          const v = resolve(span.expression, depth + 1);
          if (v === undefined) return undefined;
          out += v + (span.literal.rawText ?? span.literal.text);
        }
        return out;
      }
      if (ts.isIdentifier(e)) {
        const init = consts.get(e.text);
        if (init !== undefined) return resolve(init, depth + 1);
        const from = imports.get(e.text);
        return from === undefined ? undefined : constantIn(from, e.text);
      }
      // [a, b, …].join(sep)
      if (
        ts.isCallExpression(e) &&
        ts.isPropertyAccessExpression(e.expression) &&
        e.expression.name.text === 'join' &&
        ts.isArrayLiteralExpression(e.expression.expression)
      ) {
        const parts = e.expression.expression.elements.map((x) => resolve(x, depth + 1));
        const sep = e.arguments[0] === undefined ? ',' : resolve(e.arguments[0], depth + 1);
        if (sep === undefined || parts.some((x) => x === undefined)) return undefined;
        return parts.join(sep);
      }
      if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
        const a = resolve(e.left, depth + 1);
        const b = resolve(e.right, depth + 1);
        return a === undefined || b === undefined ? undefined : a + b;
      }
      return undefined;
    };
    const where = (node: ts.Node): string => {
      const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
      return `${relative(root, file)}:${line + 1}`;
    };
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const end = text.lastIndexOf('/');
        found.push({ where: where(node), source: text.slice(1, end), flags: text.slice(end + 1) });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        const [pattern, flags] = node.arguments ?? [];
        const source = pattern === undefined ? undefined : resolve(pattern);
        const f = flags === undefined ? '' : resolve(flags);
        if (source === undefined || f === undefined)
          unresolved.push({ where: where(node), text: node.getText(sf) });
        else found.push({ where: where(node), source, flags: f });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { found, unresolved };
}
