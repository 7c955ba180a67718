/** @file PLACEHOLDER for upsample2d: to be replaced by its real OpDef. */
import type { AnyOpDef } from './op-def.ts';
import { placeholder } from './placeholder.ts';

export const upsample2d: AnyOpDef = placeholder('upsample2d');
