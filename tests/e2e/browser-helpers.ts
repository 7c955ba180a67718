/** @file Headless Chromium with WebGPU on SwiftShader (Playwright), and a tiny static server on 127.0.0.1 for the bundle tests. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.DLC_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wgsl': 'text/plain; charset=utf-8',
  '.safetensors': 'application/octet-stream',
  '.css': 'text/css',
  '.png': 'image/png',
};

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves files under `mounts` (URL prefix → folder; the longest matching prefix wins, and mounts
 * added later are seen); nothing outside them, no directory listings.
 */
export async function serveStatic(mounts: Readonly<Record<string, string>>): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = resolveMount(mounts, path);
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    }),
  };
}

function resolveMount(mounts: Readonly<Record<string, string>>, path: string): string | undefined {
  const found = Object.entries(mounts).filter(([prefix]) => path.startsWith(prefix)).sort((a, b) => b[0].length - a[0].length);
  for (const [prefix, dir] of found.slice(0, 1)) {
    const rel = path.slice(prefix.length) || 'index.html';
    const file = normalize(join(dir, rel));
    if (!file.startsWith(normalize(dir) + sep) || !existsSync(file) || !statSync(file).isFile()) return undefined;
    return file;
  }
  return undefined;
}

export interface BrowserHandle {
  readonly browser: Browser;
  close(): Promise<void>;
}

/**
 * The flags put WebGPU on SwiftShader and keep Chromium off the network (the machine has none).
 * Playwright gives every launch a fresh temporary profile (it refuses --user-data-dir) and removes it.
 */
export async function launchChromium(): Promise<BrowserHandle> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    timeout: 300_000,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu-sandbox', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run',
      '--enable-unsafe-webgpu', '--enable-features=Vulkan', '--use-vulkan=swiftshader', '--use-webgpu-adapter=swiftshader', '--enable-unsafe-swiftshader',
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
    },
  };
}
