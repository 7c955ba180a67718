/** @file PLACEHOLDER for reduce_mean: to be replaced by its real OpDef. */
import type { AnyOpDef } from './op-def.ts';
import { placeholder } from './placeholder.ts';

export const reduce_mean: AnyOpDef = placeholder('reduce_mean');
