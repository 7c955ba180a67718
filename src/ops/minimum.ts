/** @file PLACEHOLDER for minimum: to be replaced by its real OpDef. */
import type { AnyOpDef } from './op-def.ts';
import { placeholder } from './placeholder.ts';

export const minimum: AnyOpDef = placeholder('minimum');
