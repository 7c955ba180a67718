// Vite config for an app that ships a dlc bundle: nothing dlc-specific. The bundle's index.js names
// each of its files as `new URL('./…', import.meta.url)`, so Vite copies manifest.json, the weights
// and the kernels into the build (small kernels inlined as data: URLs) and rewrites the URLs.
import { defineConfig } from 'vite';

export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  // Relative asset URLs: the build works from any folder it is served under.
  base: './',
  build: { target: 'es2022', emptyOutDir: true },
});
