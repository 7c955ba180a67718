/** @file PLACEHOLDER for batch_norm: to be replaced by its real OpDef. */
import type { AnyOpDef } from './op-def.ts';
import { placeholder } from './placeholder.ts';

export const batch_norm: AnyOpDef = placeholder('batch_norm');
