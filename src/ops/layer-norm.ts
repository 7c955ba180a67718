/** @file PLACEHOLDER for layer_norm: to be replaced by its real OpDef. */
import type { AnyOpDef } from './op-def.ts';
import { placeholder } from './placeholder.ts';

export const layer_norm: AnyOpDef = placeholder('layer_norm');
