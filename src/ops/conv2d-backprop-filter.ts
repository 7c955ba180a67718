/** @file PLACEHOLDER for conv2d_backprop_filter: to be replaced by its real OpDef. */
import type { AnyOpDef } from './op-def.ts';
import { placeholder } from './placeholder.ts';

export const conv2d_backprop_filter: AnyOpDef = placeholder('conv2d_backprop_filter');
