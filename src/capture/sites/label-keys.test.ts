// A lint over the adapters' source: no signal may hang on an English label alone (sites are used in dozens of UI
// languages). A label read — `labelIs(...)`, an `aria-label` / `title` / `placeholder` attribute selector, a regex
// or `===` over a control's text — must sit beside a structural alternative: an operand of `||` / `??` whose other
// side reads no label, a selector list with an alternative naming no label, or a function named `english…` that is
// itself only reached as such a fallback (`structural(...) ?? englishAction(...)`). Reading labels directly with
// getAttribute is refused: labelIs is the one door, so this lint sees every use.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const DIR = join(__dirname);
/** The shared kit reads text as content (a title, a label's format token), not to key a signal: not adapters. */
const NOT_ADAPTERS = /^(controls|types|kit(-[\w-]+)?)\.ts$/;
const adapterFiles = readdirSync(DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_ADAPTERS.test(f));

const LABEL_ATTR = /\[(aria-label|title|placeholder)\b/i;

/** Splits a selector at top-level commas (not inside parentheses). */
function alternatives(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(selector.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(selector.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** True when a selector (list) can match without any label: some alternative, or some `:is()` argument, names none. */
function selectorHasStructuralAlternative(selector: string): boolean {
  return alternatives(selector).some((part) => {
    if (!LABEL_ATTR.test(part)) return true;
    // `x:is(a, b)`: the part still matches by structure when one argument names no label and the rest does not.
    for (const m of part.matchAll(/:(?:is|where)\(/g)) {
      let depth = 1;
      let i = m.index + m[0].length;
      const from = i;
      for (; i < part.length && depth; i++) depth += part[i] === '(' ? 1 : part[i] === ')' ? -1 : 0;
      const inner = part.slice(from, i - 1);
      const outside = part.slice(0, m.index) + part.slice(i);
      if (!LABEL_ATTR.test(outside) && alternatives(inner).some((a) => !LABEL_ATTR.test(a))) return true;
    }
    return false;
  });
}

interface Finding {
  file: string;
  line: number;
  text: string;
}

function lintAdapter(file: string, source: string): Finding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const findings: Finding[] = [];
  const report = (node: ts.Node) =>
    findings.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.getText().slice(0, 100) });

  // Constant selector strings, by name, so templates that use them are read whole.
  const constants = new Map<string, string>();
  const templateText = (node: ts.Node): string | null => {
    if (ts.isStringLiteralLike(node)) return node.text;
    if (ts.isTemplateExpression(node)) {
      let text = node.head.text;
      for (const span of node.templateSpans) {
        const inner = ts.isIdentifier(span.expression) ? (constants.get(span.expression.text) ?? '') : '';
        text += inner + span.literal.text;
      }
      return text;
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const l = templateText(node.left);
      const r = templateText(node.right);
      return l !== null && r !== null ? l + r : null;
    }
    if (ts.isIdentifier(node)) return constants.get(node.text) ?? null;
    return null;
  };
  const visitConstants = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const text = templateText(node.initializer);
      if (text !== null) constants.set(node.name.text, text);
    }
    ts.forEachChild(node, visitConstants);
  };
  visitConstants(sf);
  /** Constants used only to build other selectors are judged where they are used. */
  const usedInTemplates = new Set<string>();
  const visitUses = (node: ts.Node) => {
    if (ts.isTemplateSpan(node) && ts.isIdentifier(node.expression)) usedInTemplates.add(node.expression.text);
    ts.forEachChild(node, visitUses);
  };
  visitUses(sf);

  const readsLabel = (node: ts.Node): boolean => {
    let found = false;
    const walk = (n: ts.Node) => {
      if (found) return;
      if (isLabelRead(n)) found = true;
      else ts.forEachChild(n, walk);
    };
    walk(node);
    return found;
  };
  const isEnglishCall = (n: ts.Node) => ts.isCallExpression(n) && ts.isIdentifier(n.expression) && /^english/.test(n.expression.text);
  function isLabelRead(n: ts.Node): boolean {
    if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && ['labelIs', 'labelOf'].includes(n.expression.text)) return true;
    if (isEnglishCall(n)) return true;
    // /copy/i.test(el.textContent) — a word matched in the control's text.
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'test') {
      if (n.arguments.some((a) => /textContent|innerText/.test(a.getText()))) return true;
    }
    // el.textContent.trim() === 'Rewrite'
    if (ts.isBinaryExpression(n) && /^(===|==|!==|!=)$/.test(n.operatorToken.getText())) {
      const [a, b] = [n.left, n.right];
      const words = (x: ts.Node) => ts.isStringLiteralLike(x) && /\p{L}{2,}/u.test(x.text);
      const text = (x: ts.Node) => /textContent|innerText/.test(x.getText());
      if ((words(a) && text(b)) || (words(b) && text(a))) return true;
    }
    return false;
  }
  const enclosingFunctionName = (n: ts.Node): string | null => {
    for (let p = n.parent; p; p = p.parent) {
      if (ts.isFunctionDeclaration(p)) return p.name?.text ?? null;
    }
    return null;
  };
  /** Climbs from a label read to the `||` / `??` chain holding it; true when that chain has a label-free operand. */
  const guarded = (n: ts.Node): boolean => {
    let at: ts.Node = n;
    for (let p = at.parent; p; at = p, p = p.parent) {
      if (ts.isParenthesizedExpression(p) || ts.isPrefixUnaryExpression(p)) continue;
      if (ts.isConditionalExpression(p)) continue; // `labelIs(a) ? 'prev' : labelIs(b) ? 'next' : null`
      if (ts.isBinaryExpression(p)) {
        const op = p.operatorToken.kind;
        if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) {
          const other = p.left === at ? p.right : p.left;
          if (!readsLabel(other)) return true;
          continue;
        }
        if (op === ts.SyntaxKind.AmpersandAmpersandToken) continue;
      }
      return false;
    }
    return false;
  };

  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'getAttribute') {
      const arg = node.arguments[0];
      if (arg && ts.isStringLiteralLike(arg) && /^(aria-label|title|placeholder)$/.test(arg.text)) report(node);
    }
    if (isLabelRead(node)) {
      const inEnglish = /^english/.test(enclosingFunctionName(node) ?? '');
      if (isEnglishCall(node) ? !guarded(node) : !inEnglish && !guarded(node)) report(node);
      if (!isEnglishCall(node)) return;
    }
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && usedInTemplates.has(node.name.text)) return;
    const isConcatenation = ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken;
    if (ts.isStringLiteralLike(node) || ts.isTemplateExpression(node) || (isConcatenation && templateText(node) !== null)) {
      const text = templateText(node);
      if (text !== null && LABEL_ATTR.test(text) && !selectorHasStructuralAlternative(text)) report(node);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return findings;
}

describe('adapters never key on an English label alone', () => {
  it('finds the adapters', () => {
    expect(adapterFiles.length).toBeGreaterThanOrEqual(9);
  });

  it.each(adapterFiles)('%s reads labels only beside a structural alternative', (file) => {
    expect(lintAdapter(file, readFileSync(join(DIR, file), 'utf8'))).toEqual([]);
  });

  it('catches each way of keying on a label alone, and accepts each guarded form', () => {
    const bad = [
      `const STOP = 'button[aria-label="Stop"]';`,
      `const L = 'button[aria-label="Like"]'; const X = \`div:has(\${L})\`;`,
      `function f(b) { if (labelIs(b, /^copy$/i)) return 1; }`,
      `function f(b) { return labelIs(b, /a/) || labelIs(b, /b/); }`,
      `function f(b) { const label = b.getAttribute('aria-label'); }`,
      `function f(b) { return /copy/i.test(b.textContent ?? ''); }`,
      `function f(b) { return b.textContent?.trim() === 'Rewrite'; }`,
      `function f(b) { return englishAction(b); }`,
    ];
    for (const source of bad) expect(lintAdapter('bad.ts', source), source).not.toEqual([]);
    const good = [
      `const STOP = 'button[data-testid="stop"], button[aria-label="Stop"]';`,
      `const STOP = 'button:is([aria-label^="Stop"], :has(svg.icon-stop))';`,
      `const L = 'button[aria-label="Like"]'; const X = \`div:is(:has(> b ~ b), :has(\${L}))\`;`,
      `function f(b) { return hasIcon(b, ['x']) || labelIs(b, /^copy$/i); }`,
      `function f(b) { return switcherDirection(b) ?? (labelIs(b, /p/) ? 'prev' : labelIs(b, /n/) ? 'next' : null); }`,
      `function f(b, t) { return structural(b, t) ?? englishAction(b, t); }
       function englishAction(b, t) { if (labelIs(b, /^copy$/i)) return 1; return b.textContent === 'Rewrite' ? 2 : null; }`,
      `function f(b, first) { return first === b || /copy/i.test(b.textContent ?? ''); }`,
    ];
    for (const source of good) expect(lintAdapter('good.ts', source), source).toEqual([]);
  });
});
