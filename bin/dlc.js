#!/usr/bin/env node
// The dlc command. Installed from npm (no src/ beside dist/), it runs dist/cli/main.js, the whole
// command as one compiled ES module (scripts/cli-bundle.mjs). Inside the repository (src/ present)
// it runs a bundle of the current sources, .dlc-cache/cli-<hash>.mjs, made by esbuild when a source
// file's content has changed (about 2 s, once) — so edits take effect with no build step, and a
// start loads one file, not ~340 through tsx. DLC_FROM_DIST=1 runs dist/ there too (after `npm run
// build`); DLC_FROM_DIST=0 runs the TypeScript sources through tsx's loader, unbundled. DLC_BUILD_ID,
// the hash of the module it runs, tells `dlc train`'s plan cache which dlc compiled an entry.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const inRepo = existsSync(join(root, 'src', 'cli', 'main.ts'));
const fromDist = process.env.DLC_FROM_DIST === '1' || !inRepo;
const sources = !fromDist && process.env.DLC_FROM_DIST === '0';

async function entry() {
  if (fromDist) {
    const js = join(root, 'dist', 'cli', 'main.js');
    if (!existsSync(js)) {
      process.stderr.write(`dlc: ${js} is missing: run \`npm run build\` (the package's compiled JavaScript)\n`);
      process.exit(70);
    }
    process.env.DLC_BUILD_ID = `dist-${createHash('sha256').update(readFileSync(js)).digest('hex').slice(0, 32)}`;
    return js;
  }
  if (!sources) {
    try {
      const bundle = await (await import('../scripts/cli-bundle.mjs')).cliBundle(root);
      process.env.DLC_BUILD_ID = `src-${bundle.slice(bundle.lastIndexOf('cli-') + 4, -4)}`;
      return bundle;
    } catch (e) {
      // A source esbuild cannot parse: tsx below reports it the way it always has.
      if (process.env.DLC_DEBUG) process.stderr.write(`dlc: the in-repo bundle failed (${e instanceof Error ? e.message : String(e)}); running the sources through tsx\n`);
    }
  }
  // Unbundled sources have no build identity: the plan cache (src/cli/plan-cache.ts) stays off.
  process.env.DLC_BUILD_ID = '';
  (await import('tsx/esm/api')).register();
  return join(root, 'src', 'cli', 'main.ts');
}

const { main } = await import(pathToFileURL(await entry()).href);
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
