/** @file GraphBuilder: appends typed nodes in SSA order; the shape rule is injected (ir imports no ops). */
import { CompileError, type SourceLoc } from './diagnostics.ts';
import type { Arg, ArgKind, Attrs, Graph, Node, Output } from './graph.ts';
import { nextId } from './graph.ts';
import type { TensorType } from './types.ts';

/** A value under construction: its id in the graph and its inferred type. */
export interface Value {
  readonly id: number;
  readonly type: TensorType;
}

/** The op registry's shape rule, handed in so the IR layer stays free of op knowledge. */
export type InferFn = (op: string, inputs: readonly TensorType[], attrs: Attrs) => TensorType;

export class GraphBuilder {
  private readonly args: Arg[] = [];
  private readonly nodes: Node[] = [];
  private readonly outputs: Output[] = [];
  private nextValue = 0;
  /** Location stamped on nodes that are added without one (the frontend sets it per statement). */
  loc: SourceLoc | undefined;

  constructor(
    readonly name: string,
    private readonly infer: InferFn,
  ) {}

  /** Continue building on top of an existing graph (passes such as autodiff append to it). */
  static from(g: Graph, infer: InferFn): GraphBuilder {
    const b = new GraphBuilder(g.name, infer);
    b.args.push(...g.args);
    b.nodes.push(...g.nodes);
    b.outputs.push(...g.outputs);
    b.nextValue = nextId(g);
    return b;
  }

  arg(name: string, type: TensorType, kind: ArgKind = 'input'): Value {
    if (this.args.some((a) => a.name === name)) {
      throw new CompileError('E_IR_DUPLICATE_ARG', `argument %${name} is declared twice`);
    }
    const a: Arg = { id: this.nextValue++, name, kind, type };
    this.args.push(a);
    return a;
  }

  input(name: string, type: TensorType): Value {
    return this.arg(name, type, 'input');
  }

  param(name: string, type: TensorType): Value {
    return this.arg(name, type, 'param');
  }

  state(name: string, type: TensorType): Value {
    return this.arg(name, type, 'state');
  }

  /** Adds `op(inputs){attrs}`; the type comes from the op's shape rule, which throws on misuse. */
  op(op: string, inputs: readonly Value[], attrs: Attrs = {}, loc?: SourceLoc): Value {
    const type = this.infer(
      op,
      inputs.map((v) => v.type),
      attrs,
    );
    const node: Node = { id: this.nextValue++, op, inputs: inputs.map((v) => v.id), attrs, type, loc: loc ?? this.loc };
    this.nodes.push(node);
    return node;
  }

  output(name: string, v: Value): void {
    if (this.outputs.some((o) => o.name === name)) {
      throw new CompileError('E_IR_DUPLICATE_OUTPUT', `output ${name} is returned twice`);
    }
    this.outputs.push({ name, value: v.id });
  }

  /** The node that computes value `id` (undefined for an argument), for rules that look at how an operand was made. */
  node(id: number): Node | undefined {
    return this.nodes.find((n) => n.id === id);
  }

  /** All values by id, for callers that kept only ids. */
  value(id: number): Value {
    const found = this.nodes.find((n) => n.id === id) ?? this.args.find((a) => a.id === id);
    if (!found) throw new Error(`internal error: no value with id ${id}`);
    return found;
  }

  build(): Graph {
    return { name: this.name, args: [...this.args], nodes: [...this.nodes], outputs: [...this.outputs] };
  }
}
