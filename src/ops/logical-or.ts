/** @file PLACEHOLDER for logical_or: to be replaced by its real OpDef. */
import type { AnyOpDef } from './op-def.ts';
import { placeholder } from './placeholder.ts';

export const logical_or: AnyOpDef = placeholder('logical_or');
