/** @file PLACEHOLDER for less_equal: to be replaced by its real OpDef. */
import type { AnyOpDef } from './op-def.ts';
import { placeholder } from './placeholder.ts';

export const less_equal: AnyOpDef = placeholder('less_equal');
