/** @file PLACEHOLDER for avg_pool2d_grad: to be replaced by its real OpDef. */
import type { AnyOpDef } from './op-def.ts';
import { placeholder } from './placeholder.ts';

export const avg_pool2d_grad: AnyOpDef = placeholder('avg_pool2d_grad');
