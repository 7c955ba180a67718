/** @file PLACEHOLDER for categorical_cross_entropy: to be replaced by its real OpDef. */
import type { AnyOpDef } from './op-def.ts';
import { placeholder } from './placeholder.ts';

export const categorical_cross_entropy: AnyOpDef = placeholder('categorical_cross_entropy');
