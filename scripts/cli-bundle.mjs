// The dlc command as one ES module: src/cli/main.ts and everything it imports, bundled by esbuild,
// npm packages left as imports. Node then loads one file instead of ~340 (tsx loads and transforms
// each source file on its own: ~2 s of every in-repo start). Two users:
//   - scripts/build-dist.mjs writes dist/cli/main.js (what an installed dlc runs);
//   - bin/dlc.js, inside the repository, keeps a bundle of the current sources in .dlc-cache/,
//     rebuilt when a source file's content changes (cliBundle below).
// Each file's `import.meta.url` is replaced by the URL the file has on its own (its dist/ twin, or
// the source file itself), so the lookups relative to it (package.json, the runtime sources that
// `dlc build` bundles, the dsl declarations) find what they found unbundled.
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The name each file's own URL gets in the dist bundle (esbuild renames it apart per module). */
const META_URL = '__dlcImportMetaUrl';

/** The bundle's format version: bump when the way it is built changes, so old cache files are not used. */
const BUNDLE_FORMAT = 2;

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => {
      const p = join(dir, e.name);
      return e.isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
    });
}

/**
 * What the bundle is built from: every src/ file's path and content, package.json (versions) and this
 * file. Content, not modification times: a checkout or a copy that keeps old times cannot fool it.
 */
export function sourceHash(root) {
  const h = createHash('sha256');
  h.update(`dlc-cli-bundle ${BUNDLE_FORMAT} ${process.version}\n`);
  for (const f of [...walk(join(root, 'src')), join(root, 'package.json'), new URL(import.meta.url).pathname]) {
    h.update(`${relative(root, f)}\0`);
    h.update(readFileSync(f));
    h.update('\0');
  }
  return h.digest('hex').slice(0, 32);
}

/**
 * esbuild options for the bundle. `urlOf(file)` gives the URL a source file stands for: `{ json }`, an
 * absolute file: URL as a JSON string (in-repo bundle), or `{ expr }`, an expression resolving its
 * dist/ twin against the bundle's own URL at run time (dist).
 */
function options(root, outfile, urlOf) {
  return {
    entryPoints: [join(root, 'src', 'cli', 'main.ts')],
    outfile,
    bundle: true,
    packages: 'external',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'warning',
    legalComments: 'none',
    plugins: [{
      name: 'dlc-import-meta-url',
      setup(b) {
        b.onLoad({ filter: /\.ts$/ }, async (args) => {
          const text = readFileSync(args.path, 'utf8');
          if (!text.includes('import.meta.url')) return { contents: text, loader: 'ts' };
          // esbuild's define replaces the expression only, never the same words inside a string (the
          // entry code that runtime-external.ts writes into bundles says `import.meta.url` too).
          const url = urlOf(args.path);
          const { transform } = await import('esbuild');
          const out = await transform(text, { loader: 'ts', format: 'esm', sourcefile: args.path, define: { 'import.meta.url': url.json ?? META_URL } });
          return { contents: url.json ? out.code : `const ${META_URL} = ${url.expr};\n${out.code}`, loader: 'js' };
        });
      },
    }],
  };
}

/** dist/cli/main.js: each file's import.meta.url is its dist/ twin's (dist/<dir>/<name>.js beside the bundle). */
export async function buildDistBundle(root, dist) {
  const { build } = await import('esbuild');
  const outfile = join(dist, 'cli', 'main.js');
  const urlOf = (file) => {
    const twin = relative(dirname(outfile), join(dist, relative(join(root, 'src'), file))).split(sep).join('/').replace(/\.ts$/, '.js');
    return { expr: `new URL(${JSON.stringify(twin.startsWith('.') ? twin : `./${twin}`)}, import.meta.url).href` };
  };
  const result = await build(options(root, outfile, urlOf));
  mkdirSync(dirname(outfile), { recursive: true });
  writeFileSync(outfile, result.outputFiles[0].text);
  return outfile;
}

const trailer = (hash) => `\n// dlc-cli-bundle-end ${hash}\n`;

/** A finished bundle of these sources: it ends with their hash (a cut-short or foreign file does not). */
function whole(file, hash) {
  try {
    const size = statSync(file).size;
    const end = trailer(hash);
    if (size < end.length) return false;
    const buf = Buffer.alloc(end.length);
    const fd = openSync(file, 'r');
    try {
      readSync(fd, buf, 0, end.length, size - end.length);
    } finally {
      closeSync(fd);
    }
    return buf.toString('utf8') === end;
  } catch {
    return false; // not built yet
  }
}

/**
 * The in-repo bundle of the current sources, `.dlc-cache/cli-<hash>.mjs` (built when missing). Written
 * to a temporary name and renamed: processes starting at once each build or find a whole file, never a
 * half-written one; a file that does not end with its sources' hash is rebuilt, not run. Bundles of
 * older sources are removed after ten minutes. Returns the file's path.
 */
export async function cliBundle(root) {
  const hash = sourceHash(root);
  const dir = join(root, '.dlc-cache');
  const file = join(dir, `cli-${hash}.mjs`);
  if (whole(file, hash)) return file;
  const { build } = await import('esbuild');
  const result = await build(options(root, file, (f) => ({ json: JSON.stringify(pathToFileURL(f).href) })));
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, `// dlc: bundle of ${relative(dir, join(root, 'src'))} (sources hash ${hash}); made by bin/dlc.js, safe to delete\n${result.outputFiles[0].text}${trailer(hash)}`);
  renameSync(tmp, file);
  // Bundles of earlier sources, once no process just starting can still be about to import them.
  for (const old of readdirSync(dir)) {
    const p = join(dir, old);
    if (old.startsWith('cli-') && old !== `cli-${hash}.mjs` && Date.now() - statSync(p, { throwIfNoEntry: false })?.mtimeMs > 10 * 60_000) rmSync(p, { force: true });
  }
  return file;
}
