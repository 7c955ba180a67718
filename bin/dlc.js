#!/usr/bin/env node
// The dlc command. Installed from npm (no src/ beside dist/), it runs the compiled JavaScript in
// dist/ — no TypeScript at start-up. Inside the repository (src/ present) it runs the TypeScript
// sources through tsx's loader, so edits take effect with no build step; DLC_FROM_DIST=1 runs dist/
// there too (after `npm run build`), which is what bench/startup.ts compares.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fromDist = process.env.DLC_FROM_DIST === '1' || !existsSync(join(root, 'src', 'cli', 'main.ts'));
const entry = fromDist ? join(root, 'dist', 'cli', 'main.js') : join(root, 'src', 'cli', 'main.ts');
if (fromDist && !existsSync(entry)) {
  process.stderr.write(`dlc: ${entry} is missing: run \`npm run build\` (the package's compiled JavaScript)\n`);
  process.exit(70);
}
if (!fromDist) (await import('tsx/esm/api')).register();
const { main } = await import(pathToFileURL(entry).href);
const io = {
  out: (t) => process.stdout.write(t + '\n'),
  err: (t) => process.stderr.write(t + '\n'),
  isTTY: Boolean(process.stdout.isTTY),
};
try {
  process.exitCode = await main(process.argv.slice(2), io);
} catch (e) {
  process.stderr.write(`dlc: internal error: ${e instanceof Error ? e.message : String(e)}\n(this is a bug in dlc; please report it with the command you ran)\n`);
  if (process.env.DLC_DEBUG) process.stderr.write(`${e instanceof Error ? e.stack : ''}\n`);
  process.exitCode = 70;
}
