/** @file PLACEHOLDER for logical_not: to be replaced by its real OpDef. */
import type { AnyOpDef } from './op-def.ts';
import { placeholder } from './placeholder.ts';

export const logical_not: AnyOpDef = placeholder('logical_not');
