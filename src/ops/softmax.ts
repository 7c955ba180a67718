/** @file PLACEHOLDER for softmax: to be replaced by its real OpDef. */
import type { AnyOpDef } from './op-def.ts';
import { placeholder } from './placeholder.ts';

export const softmax: AnyOpDef = placeholder('softmax');
