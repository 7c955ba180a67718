/** @file PLACEHOLDER for sparse_categorical_cross_entropy: to be replaced by its real OpDef. */
import type { AnyOpDef } from './op-def.ts';
import { placeholder } from './placeholder.ts';

export const sparse_categorical_cross_entropy: AnyOpDef = placeholder('sparse_categorical_cross_entropy');
