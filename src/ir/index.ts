/** @file Public surface of the IR layer (types, graph, builder, text form, verifier). */
export * from './types.ts';
export * from './diagnostics.ts';
export * from './graph.ts';
export * from './builder.ts';
export { print, printNames, formatAttrs, formatNumber } from './printer.ts';
export { parse } from './parser.ts';
export { verify } from './verifier.ts';
