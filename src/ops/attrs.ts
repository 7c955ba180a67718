/** @file Attribute validation against an op's schema, and typed readers for op code. */
import { CompileError, isDType, type Attrs, type AttrValue } from '../ir/index.ts';
import type { AttrKind, AttrSchema } from './op-def.ts';

function matches(kind: AttrKind, v: AttrValue): boolean {
  const isNums = Array.isArray(v) && v.every((x) => typeof x === 'number');
  switch (kind) {
    case 'int':
      return typeof v === 'number' && Number.isInteger(v);
    case 'float':
      return typeof v === 'number';
    case 'bool':
      return typeof v === 'boolean';
    case 'string':
      return typeof v === 'string';
    case 'dtype':
      return typeof v === 'string' && isDType(v);
    case 'ints':
      return isNums && (v as number[]).every(Number.isInteger);
    case 'floats':
      return isNums;
    case 'values':
      return typeof v === 'number' || isNums;
    case 'strings':
      return Array.isArray(v) && v.every((x) => typeof x === 'string');
  }
}

/** Unknown, missing or mistyped attributes are E_IR_ATTR errors naming the op and the attribute. */
export function validateAttrs(op: string, schema: AttrSchema, attrs: Attrs): void {
  for (const key of Object.keys(attrs)) {
    if (!(key in schema)) {
      const known = Object.keys(schema);
      throw new CompileError('E_IR_ATTR', `${op} has no attribute '${key}'`, {
        hint: known.length ? `its attributes are ${known.join(', ')}` : `${op} takes no attributes`,
      });
    }
  }
  for (const [key, spec] of Object.entries(schema)) {
    const v = attrs[key];
    if (v === undefined) {
      if (!spec.optional) throw new CompileError('E_IR_ATTR', `${op} needs attribute '${key}' (${spec.kind})`);
      continue;
    }
    if (!matches(spec.kind, v)) {
      throw new CompileError('E_IR_ATTR', `${op} attribute '${key}' must be ${spec.kind}, got ${JSON.stringify(v)}`);
    }
    if (spec.oneOf && !spec.oneOf.includes(v as string)) {
      throw new CompileError('E_IR_ATTR', `${op} attribute '${key}' must be one of ${spec.oneOf.join(', ')}, got ${JSON.stringify(v)}`);
    }
  }
}

/** Normalises a possibly negative axis against a rank, or throws E_SHAPE_AXIS. */
export function normAxis(op: string, axis: number, rank: number): number {
  const a = axis < 0 ? axis + rank : axis;
  if (!Number.isInteger(a) || a < 0 || a >= Math.max(rank, 1)) {
    throw new CompileError('E_SHAPE_AXIS', `${op}: axis ${axis} is out of range for rank ${rank}`);
  }
  return a;
}
