/** @file PLACEHOLDER for reduce_min: to be replaced by its real OpDef. */
import type { AnyOpDef } from './op-def.ts';
import { placeholder } from './placeholder.ts';

export const reduce_min: AnyOpDef = placeholder('reduce_min');
