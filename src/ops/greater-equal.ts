/** @file PLACEHOLDER for greater_equal: to be replaced by its real OpDef. */
import type { AnyOpDef } from './op-def.ts';
import { placeholder } from './placeholder.ts';

export const greater_equal: AnyOpDef = placeholder('greater_equal');
