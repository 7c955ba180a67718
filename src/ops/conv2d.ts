/** @file PLACEHOLDER for conv2d: to be replaced by its real OpDef. */
import type { AnyOpDef } from './op-def.ts';
import { placeholder } from './placeholder.ts';

export const conv2d: AnyOpDef = placeholder('conv2d');
