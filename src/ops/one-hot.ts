/** @file PLACEHOLDER for one_hot: to be replaced by its real OpDef. */
import type { AnyOpDef } from './op-def.ts';
import { placeholder } from './placeholder.ts';

export const one_hot: AnyOpDef = placeholder('one_hot');
