/** @file Parser for the IR text form; errors name the line, the column and what was expected. */
import { CompileError, type SourceLoc } from './diagnostics.ts';
import type { Arg, ArgKind, AttrValue, Attrs, Graph, Node, Output } from './graph.ts';
import { print } from './printer.ts';
import { isDType, type TensorType } from './types.ts';

/** Re-infers nothing: types are read from the text, and `verify` checks them against the ops. */
export function parse(text: string, file = '<ir>'): Graph {
  return new Parser(text, file).graph();
}

const IDENT = /[A-Za-z_][A-Za-z0-9_.]*/y;
const NUMBER = /-?(?:\d+\.?\d*(?:e[+-]?\d+)?|\.\d+(?:e[+-]?\d+)?|inf|nan)/iy;

class Parser {
  private pos = 0;
  private readonly names = new Map<string, number>();
  private nextId = 0;

  constructor(
    private readonly src: string,
    private readonly file: string,
  ) {}

  graph(): Graph {
    const g = this.graphBlock();
    this.skipSpace();
    if (this.pos < this.src.length) this.fail('expected end of input after the closing }');
    return g;
  }

  /** `graph name(args) { nodes return … }`, also nested under a node as its `body` (a scan's cell). */
  private graphBlock(): Graph {
    this.keyword('graph');
    const name = this.ident('graph name');
    this.expect('(');
    const args: Arg[] = [];
    while (!this.peek(')')) {
      if (args.length > 0) this.expect(',');
      args.push(this.arg());
    }
    this.expect(')');
    this.expect('{');
    const nodes: Node[] = [];
    while (!this.peekWord('return')) nodes.push(this.node());
    this.keyword('return');
    const outputs = this.outputs();
    this.expect('}');
    return { name, args, nodes, outputs };
  }

  /** A nested `body graph …` block after a node: parsed with its own names, kept as its printed text. */
  private nestedBody(): string | undefined {
    if (!this.peekWord('body')) return undefined;
    this.keyword('body');
    const sub = new Parser(this.src, this.file);
    sub.pos = this.pos;
    const g = sub.graphBlock();
    this.pos = sub.pos;
    return print(g);
  }

  private arg(): Arg {
    let kind: ArgKind = 'input';
    if (this.peekWord('param')) kind = this.keyword('param');
    else if (this.peekWord('state')) kind = this.keyword('state');
    else if (this.peekWord('input')) kind = this.keyword('input');
    this.skipSpace();
    const at = this.pos;
    const name = this.valueName(true);
    this.expect(':');
    return { id: this.define(name, at), name, kind, type: this.type() };
  }

  private node(): Node {
    this.skipSpace();
    const at = this.pos;
    const resultName = this.valueName(true);
    this.expect('=');
    const op = this.ident('op name');
    const inputs: number[] = [];
    if (this.peek('%')) {
      inputs.push(this.use());
      while (this.peek(',')) {
        this.expect(',');
        inputs.push(this.use());
      }
    }
    const attrs = this.peek('{') ? this.attrs() : {};
    this.expect(':');
    const type = this.type();
    const loc = this.trailingLoc();
    const body = this.nestedBody();
    return { id: this.define(resultName, at), op, inputs, attrs: body === undefined ? attrs : { ...attrs, body }, type, loc };
  }

  private outputs(): Output[] {
    const outs: Output[] = [];
    do {
      if (outs.length > 0) this.expect(',');
      this.skipSpace();
      if (this.peek('%')) outs.push({ name: 'output', value: this.use() });
      else {
        const name = this.ident('output name');
        this.expect('=');
        outs.push({ name, value: this.use() });
      }
    } while (this.peek(','));
    return outs;
  }

  private attrs(): Attrs {
    this.expect('{');
    const attrs: Record<string, AttrValue> = {};
    while (!this.peek('}')) {
      if (Object.keys(attrs).length > 0) this.expect(',');
      const key = this.ident('attribute name');
      this.expect('=');
      attrs[key] = this.attrValue();
    }
    this.expect('}');
    return attrs;
  }

  private attrValue(): AttrValue {
    this.skipSpace();
    if (this.peek('"')) return this.string();
    if (this.peekWord('true') || this.peekWord('false')) return this.ident('boolean') === 'true';
    if (this.peek('[')) {
      this.expect('[');
      const items: (number | string)[] = [];
      while (!this.peek(']')) {
        if (items.length > 0) this.expect(',');
        this.skipSpace();
        items.push(this.peek('"') ? this.string() : this.number());
      }
      this.expect(']');
      if (items.some((x) => typeof x === 'string') && items.some((x) => typeof x === 'number')) {
        this.fail('a list attribute must hold only numbers or only strings');
      }
      return items as number[] | string[];
    }
    return this.number();
  }

  private type(): TensorType {
    const at = this.pos;
    const dtype = this.ident('dtype');
    if (!isDType(dtype)) this.fail(`unknown dtype '${dtype}' (expected f32, i32, u32 or bool)`, at);
    this.expect('[');
    const shape: number[] = [];
    while (!this.peek(']')) {
      if (shape.length > 0) this.expect(',');
      this.skipSpace();
      const at = this.pos;
      const d = this.number();
      if (!Number.isInteger(d) || d < 0) this.fail(`dimension ${d} is not a non-negative integer`, at);
      shape.push(d);
    }
    this.expect(']');
    return { dtype, shape };
  }

  /** `// file:line:col` at the end of a node line, read from the right so file names may hold ':'. */
  private trailingLoc(): SourceLoc | undefined {
    const save = this.pos;
    while (this.pos < this.src.length && (this.src[this.pos] === ' ' || this.src[this.pos] === '\t')) this.pos++;
    if (!this.src.startsWith('//', this.pos)) {
      this.pos = save;
      return undefined;
    }
    const end = this.src.indexOf('\n', this.pos);
    const text = this.src.slice(this.pos + 2, end < 0 ? undefined : end).trim();
    this.pos = end < 0 ? this.src.length : end;
    const m = /^(.*):(\d+):(\d+)$/.exec(text);
    return m ? { file: m[1]!, line: Number(m[2]), col: Number(m[3]) } : undefined;
  }

  private define(name: string, at: number): number {
    if (this.names.has(name)) this.fail(`%${name} is defined twice (SSA values are assigned once)`, at);
    const id = this.nextId++;
    this.names.set(name, id);
    return id;
  }

  private use(): number {
    const at = this.pos;
    const name = this.valueName(false);
    const id = this.names.get(name);
    if (id === undefined) this.fail(`%${name} is used before it is defined`, at);
    return id;
  }

  private valueName(defining: boolean): string {
    this.expect('%');
    const m = /[A-Za-z0-9_./]+/y;
    m.lastIndex = this.pos;
    const r = m.exec(this.src);
    if (!r) this.fail(defining ? 'expected a value name after %' : 'expected a value name after %');
    this.pos += r[0].length;
    return r[0];
  }

  private ident(what: string): string {
    this.skipSpace();
    IDENT.lastIndex = this.pos;
    const r = IDENT.exec(this.src);
    if (!r) this.fail(`expected ${what}`);
    this.pos += r[0].length;
    return r[0];
  }

  private keyword<K extends string>(k: K): K {
    const at = this.pos;
    const w = this.ident(`'${k}'`);
    if (w !== k) this.fail(`expected '${k}', found '${w}'`, at);
    return k;
  }

  private number(): number {
    this.skipSpace();
    NUMBER.lastIndex = this.pos;
    const r = NUMBER.exec(this.src);
    if (!r) this.fail('expected a number');
    this.pos += r[0].length;
    const t = r[0].toLowerCase();
    if (t === 'nan' || t === '-nan') return NaN;
    if (t === 'inf') return Infinity;
    if (t === '-inf') return -Infinity;
    return Number(t);
  }

  private string(): string {
    this.skipSpace();
    const r = /"(?:[^"\\]|\\.)*"/y;
    r.lastIndex = this.pos;
    const m = r.exec(this.src);
    if (!m) this.fail('unterminated string');
    this.pos += m[0].length;
    return JSON.parse(m[0]) as string;
  }

  private peek(s: string): boolean {
    this.skipSpace();
    return this.src.startsWith(s, this.pos);
  }

  private peekWord(w: string): boolean {
    this.skipSpace();
    if (!this.src.startsWith(w, this.pos)) return false;
    const after = this.src[this.pos + w.length];
    return after === undefined || !/[A-Za-z0-9_]/.test(after);
  }

  private expect(s: string): void {
    if (!this.peek(s)) {
      const found = this.src.slice(this.pos, this.pos + 12).split('\n')[0] || 'end of input';
      this.fail(`expected '${s}', found '${found}'`);
    }
    this.pos += s.length;
  }

  /** Whitespace and `//` comments between tokens (a node's own location is read by trailingLoc). */
  private skipSpace(): void {
    for (;;) {
      while (this.pos < this.src.length && /\s/.test(this.src[this.pos]!)) this.pos++;
      if (!this.src.startsWith('//', this.pos)) return;
      const end = this.src.indexOf('\n', this.pos);
      this.pos = end < 0 ? this.src.length : end;
    }
  }

  private fail(message: string, at = this.pos): never {
    const before = this.src.slice(0, at).split('\n');
    const loc = { file: this.file, line: before.length, col: before[before.length - 1]!.length + 1 };
    throw new CompileError('E_IR_PARSE', message, { loc, source: this.src });
  }
}
