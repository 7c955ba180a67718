/** @file PLACEHOLDER for max_pool2d_grad: to be replaced by its real OpDef. */
import type { AnyOpDef } from './op-def.ts';
import { placeholder } from './placeholder.ts';

export const max_pool2d_grad: AnyOpDef = placeholder('max_pool2d_grad');
