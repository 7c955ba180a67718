/** @file PLACEHOLDER for reduce_max: to be replaced by its real OpDef. */
import type { AnyOpDef } from './op-def.ts';
import { placeholder } from './placeholder.ts';

export const reduce_max: AnyOpDef = placeholder('reduce_max');
