/** @file PLACEHOLDER for not_equal: to be replaced by its real OpDef. */
import type { AnyOpDef } from './op-def.ts';
import { placeholder } from './placeholder.ts';

export const not_equal: AnyOpDef = placeholder('not_equal');
