/** @file PLACEHOLDER for logical_and: to be replaced by its real OpDef. */
import type { AnyOpDef } from './op-def.ts';
import { placeholder } from './placeholder.ts';

export const logical_and: AnyOpDef = placeholder('logical_and');
