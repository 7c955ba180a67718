/** @file PLACEHOLDER for concat: to be replaced by its real OpDef. */
import type { AnyOpDef } from './op-def.ts';
import { placeholder } from './placeholder.ts';

export const concat: AnyOpDef = placeholder('concat');
