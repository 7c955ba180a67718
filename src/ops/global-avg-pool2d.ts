/** @file PLACEHOLDER for global_avg_pool2d: to be replaced by its real OpDef. */
import type { AnyOpDef } from './op-def.ts';
import { placeholder } from './placeholder.ts';

export const global_avg_pool2d: AnyOpDef = placeholder('global_avg_pool2d');
