/** @file PLACEHOLDER for leaky_relu: to be replaced by its real OpDef. */
import type { AnyOpDef } from './op-def.ts';
import { placeholder } from './placeholder.ts';

export const leaky_relu: AnyOpDef = placeholder('leaky_relu');
