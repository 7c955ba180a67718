/** @file PLACEHOLDER for max_pool2d: to be replaced by its real OpDef. */
import type { AnyOpDef } from './op-def.ts';
import { placeholder } from './placeholder.ts';

export const max_pool2d: AnyOpDef = placeholder('max_pool2d');
