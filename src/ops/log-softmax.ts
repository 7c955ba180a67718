/** @file PLACEHOLDER for log_softmax: to be replaced by its real OpDef. */
import type { AnyOpDef } from './op-def.ts';
import { placeholder } from './placeholder.ts';

export const log_softmax: AnyOpDef = placeholder('log_softmax');
