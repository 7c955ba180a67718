/** @file PLACEHOLDER for softplus: to be replaced by its real OpDef. */
import type { AnyOpDef } from './op-def.ts';
import { placeholder } from './placeholder.ts';

export const softplus: AnyOpDef = placeholder('softplus');
