// Rollup plugin: puts back the logical assignments (`??=`, `||=`, `&&=`) that a dependency's own
// compiler spelled out for an older target. zod ships `(_a = inst._zod).onattach ?? (_a.onattach = [])`
// for `inst._zod.onattach ??= []`: the same evaluation (TypeScript's own lowering), written
// longer, with a temporary that terser cannot drop. Only that shape is taken back, exactly:
// `(t = x).p ?? (t.p = v)` and `a.b ?? (a.b = v)` (identifiers and dotted names only, the same
// on both sides), with `??`, `||` or `&&`. Anything else stays as written.
import MagicString from 'magic-string';

/** The text of a plain reference: an identifier or a dotted chain of them, else undefined. */
function plainReference(node, code) {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression' && !node.computed && !node.optional && node.property.type === 'Identifier') {
    const object = plainReference(node.object, code);
    return object === undefined ? undefined : `${object}.${node.property.name}`;
  }
  return undefined;
}

/** The target of `x ?? (y = v)` written as one logical assignment, or undefined when it is not that shape. */
function logicalTarget(node, code) {
  const { left, right } = node;
  if (right.type !== 'AssignmentExpression' || right.operator !== '=') return undefined;
  const target = right.left;
  // `(t = x).p ?? (t.p = v)`: TypeScript's temporary for an object that is not a plain reference.
  if (
    left.type === 'MemberExpression' &&
    !left.computed &&
    !left.optional &&
    left.object.type === 'AssignmentExpression' &&
    left.object.operator === '=' &&
    left.object.left.type === 'Identifier' &&
    /^_[a-z]$/.test(left.object.left.name) &&
    target.type === 'MemberExpression' &&
    !target.computed &&
    target.object.type === 'Identifier' &&
    target.object.name === left.object.left.name &&
    target.property.name === left.property.name
  ) {
    return `(${code.slice(left.object.right.start, left.object.right.end)}).${left.property.name}`;
  }
  // `a.b ?? (a.b = v)`
  const reference = plainReference(left, code);
  return reference !== undefined && reference === plainReference(target, code) ? reference : undefined;
}

export function logicalAssignment({ include = /[\\/]node_modules[\\/]zod[\\/]/ } = {}) {
  return {
    name: 'logical-assignment',
    transform(code, id) {
      if (!include.test(id) || !/\?\? \(|\|\| \(|&& \(/.test(code)) return null;
      const out = new MagicString(code);
      let changed = false;
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'LogicalExpression') {
          const target = logicalTarget(node, code);
          if (target !== undefined) {
            const value = node.right.right;
            out.overwrite(node.start, value.start, `(${target} ${node.operator}= `);
            out.overwrite(value.end, node.end, ')');
            changed = true;
            visit(value);
            return;
          }
        }
        for (const child of Object.values(node)) {
          if (Array.isArray(child)) child.forEach(visit);
          else if (child && typeof child === 'object') visit(child);
        }
      };
      visit(this.parse(code));
      return changed ? { code: out.toString(), map: out.generateMap({ hires: true, source: id }) } : null;
    },
  };
}
