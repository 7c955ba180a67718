/** @file PLACEHOLDER for rsqrt: to be replaced by its real OpDef. */
import type { AnyOpDef } from './op-def.ts';
import { placeholder } from './placeholder.ts';

export const rsqrt: AnyOpDef = placeholder('rsqrt');
