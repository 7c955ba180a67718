/**
 * @file The entry esbuild bundles into a bundle's node.js: the bundle's index.js (imported, not
 * copied: `./bundle-entry.ts` resolves to `./index.js` there) with Node's host installed — Node's
 * modules and Dawn (`webgpu`) imported statically, for Node versions without
 * `process.getBuiltinModule` and for Node-targeted bundlers that should see the Dawn dependency.
 */
import { installNodeHost } from './bundle-entry.ts';
import { NODE_HOST } from './node-host.ts';

installNodeHost(NODE_HOST);

export * from './bundle-entry.ts';
