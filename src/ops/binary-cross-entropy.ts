/** @file PLACEHOLDER for binary_cross_entropy: to be replaced by its real OpDef. */
import type { AnyOpDef } from './op-def.ts';
import { placeholder } from './placeholder.ts';

export const binary_cross_entropy: AnyOpDef = placeholder('binary_cross_entropy');
