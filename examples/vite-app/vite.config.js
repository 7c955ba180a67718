// Vite config for an app that ships a dlc bundle. The bundle's JavaScript is bundled with the app;
// its data files (manifest.json, weights.safetensors, kernels/*.wgsl) are copied to `<outDir>/model/`
// by the plugin below, and served from the same URL by the dev server.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defineConfig } from 'vite';

const MODEL_DIR = new URL('./model/', import.meta.url).pathname;
const DATA = /\.(json|safetensors|wgsl)$/;

function dataFiles(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? dataFiles(p) : DATA.test(f) && f !== 'package.json' ? [relative(MODEL_DIR, p)] : [];
  });
}

/** Copies the bundle's data files into the build and serves them in `vite dev`, at `${base}model/`. */
function dlcBundle() {
  return {
    name: 'dlc-bundle-files',
    generateBundle() {
      for (const f of dataFiles(MODEL_DIR)) this.emitFile({ type: 'asset', fileName: `model/${f}`, source: readFileSync(join(MODEL_DIR, f)) });
    },
    configureServer(server) {
      server.middlewares.use('/model/', (req, res, next) => {
        const f = decodeURIComponent((req.url ?? '').split('?')[0]).replace(/^\//, '');
        if (!dataFiles(MODEL_DIR).includes(f)) return next();
        res.end(readFileSync(join(MODEL_DIR, f)));
      });
    },
  };
}

export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  base: './',
  plugins: [dlcBundle()],
  build: { target: 'es2022', emptyOutDir: true },
});
