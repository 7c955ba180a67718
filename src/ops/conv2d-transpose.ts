/** @file PLACEHOLDER for conv2d_transpose: to be replaced by its real OpDef. */
import type { AnyOpDef } from './op-def.ts';
import { placeholder } from './placeholder.ts';

export const conv2d_transpose: AnyOpDef = placeholder('conv2d_transpose');
