/** @file `dlc ops`: every op in the registry with its kind and whether it has a gradient. */
import { OPS, OP_NAMES } from '../../ops/registry.ts';
import { commandHelp, type Command, type FlagSpec } from '../command.ts';

const FLAGS: readonly FlagSpec[] = [
  { name: 'json', kind: 'boolean', help: 'print [{ "name", "kind", "differentiable", "summary" }, ...] instead of a table' },
];

export const opsCommand: Command = {
  name: 'ops',
  summary: 'list every op with its kind and whether it is differentiable',
  help: commandHelp(
    'dlc ops [--json]',
    `Lists the ops of dlc's IR (the registry in src/ops/), one per line: name, kind, and whether the op
has a backward rule (differentiable).`,
    FLAGS,
  ),
  flags: FLAGS,
  maxPositional: 0,
  async run(args, io) {
    const rows = OP_NAMES.map((name) => {
      const d = OPS[name];
      return { name, kind: d.kind, differentiable: d.vjp !== null, summary: d.summary };
    });
    if (args.flags.json) {
      io.out(JSON.stringify(rows, null, 2));
      return 0;
    }
    const w = Math.max(...rows.map((r) => r.name.length));
    const k = Math.max(...rows.map((r) => r.kind.length));
    io.out(`${'op'.padEnd(w)}  ${'kind'.padEnd(k)}  grad  summary`);
    for (const r of rows) io.out(`${r.name.padEnd(w)}  ${r.kind.padEnd(k)}  ${r.differentiable ? 'yes ' : 'no  '}  ${r.summary}`);
    io.out(`\n${rows.length} ops, ${rows.filter((r) => r.differentiable).length} differentiable`);
    return 0;
  },
};
