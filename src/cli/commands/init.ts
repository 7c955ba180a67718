/** @file `dlc init <dir>`: scaffolds a project that depends on dlc — package.json, tsconfig.json, a model file, a README. */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { CompileError } from '../../ir/index.ts';
import { flagString, UsageError, type Command, type FlagSpec } from '../command.ts';

const FLAGS: readonly FlagSpec[] = [
  { name: 'name', kind: 'string', value: 'NAME', help: "the package name (default: the folder's name)" },
  { name: 'dlc', kind: 'string', value: 'SPEC', help: 'the dlc dependency as npm writes it' },
];

const HELP = `usage: dlc init <dir> [--name NAME] [--dlc SPEC]

Creates <dir> (or fills it when empty) with a project that uses dlc as a package:
  package.json   depends on dlc; scripts check, train, build
  tsconfig.json  so \`tsc --noEmit\` and editors type-check model files against dlc's declarations
  model.ts       a small Iris classifier with a train section (the data ships with dlc)
  README.md      the next three commands
  .gitignore
Refuses a folder that is not empty.

options:
  --name NAME   the package name (default: the folder's name)
  --dlc SPEC    the dlc dependency as npm writes it (default: ^<this dlc's version>; a path to a
                tarball or folder works too, e.g. --dlc file:../dlc-0.1.0.tgz)`;

/** This dlc's own package.json, two folders up from src/cli/commands or dist/cli/commands. */
function dlcVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? '0.1.0';
}

/** npm package names: lower case, no spaces; anything else becomes '-'. */
function packageName(dir: string): string {
  return basename(resolve(dir)).toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[._-]+/, '') || 'my-model';
}

function packageJson(name: string, dlc: string): string {
  const pkg = {
    name,
    version: '0.1.0',
    private: true,
    type: 'module',
    scripts: { check: 'dlc check model.ts', train: 'dlc train model.ts --out runs/latest', build: 'dlc build model.ts -o bundle --weights runs/latest/checkpoint.safetensors' },
    dependencies: { dlc },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** tsc --init's strictness with the resolution dlc's declarations need; model files are read by dlc, never emitted. */
const TSCONFIG = `${JSON.stringify({
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    allowImportingTsExtensions: true,
    skipLibCheck: true,
    types: [],
  },
  include: ['*.ts'],
}, null, 2)}\n`;

const MODEL = `// An Iris classifier: 4 measurements → 32 → 16 → 3 species. dlc reads this file statically; it never runs it.
import { sequential, dense, adam, iris } from 'dlc';

export default sequential({
  name: 'iris_mlp',
  input: [4],
  layers: [
    dense(32, { activation: 'relu' }),
    dense(16, { activation: 'relu' }),
    dense(3, { activation: 'softmax' }),
  ],
  train: {
    data: iris(),
    loss: 'categoricalCrossentropy',
    optimizer: adam({ learningRate: 1e-3 }),
    batchSize: 16,
    epochs: 100,
    metrics: ['accuracy'],
  },
});
`;

function readme(name: string): string {
  return `# ${name}

A model compiled by [dlc](https://www.npmjs.com/package/dlc) to WebGPU. Next:

\`\`\`sh
npm install                     # dlc and WebGPU for Node (Dawn)
npx dlc train model.ts --out runs/latest
npx dlc build model.ts -o bundle --weights runs/latest/checkpoint.safetensors
\`\`\`

Then use the bundle from JavaScript (\`bundle/index.d.ts\` has the types):

\`\`\`js
import { load } from './bundle/index.js';
const model = await load();
console.log(await model.predict({ input: [[5.1, 3.5, 1.4, 0.2]] }));
\`\`\`

\`npx dlc check model.ts\` type-checks the model; \`npx dlc summary model.ts\` prints its layers.
`;
}

export const initCommand: Command = {
  name: 'init',
  summary: 'scaffold a new project that uses dlc (package.json, tsconfig.json, model.ts, README)',
  help: HELP,
  flags: FLAGS,
  maxPositional: 1,
  async run(args, io) {
    const dir = args.positional[0];
    if (!dir) throw new UsageError('expected the folder to create, e.g. dlc init my-model');
    if (existsSync(dir) && readdirSync(dir).length > 0) {
      throw new CompileError('E_INIT_NOT_EMPTY', `${dir} is not empty (it holds ${readdirSync(dir).slice(0, 3).join(', ')})`, { hint: 'choose a new folder name, or an empty folder: dlc init never overwrites files' });
    }
    const name = flagString(args, 'name') ?? packageName(dir);
    mkdirSync(dir, { recursive: true });
    const files: Record<string, string> = {
      'package.json': packageJson(name, flagString(args, 'dlc') ?? `^${dlcVersion()}`),
      'tsconfig.json': TSCONFIG,
      'model.ts': MODEL,
      'README.md': readme(name),
      '.gitignore': 'node_modules/\nruns/\nbundle/\n',
    };
    for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text, { flag: 'wx' });
    io.out(`created ${dir}/ with ${Object.keys(files).join(', ')}\n\nnext:\n  cd ${dir}\n  npm install\n  npx dlc train model.ts --out runs/latest`);
    return 0;
  },
};
