import type { Customer } from '../customer-schema';
import { customerFields } from '../fields';
import type { SectionSlug } from '../sections';
import { sameValue, type FormValues } from './form-values';

/** 412: someone else saved first. */
export interface Conflict {
  /** The section whose save was refused. */
  section: SectionSlug;
  /** The record the user's edits started from. */
  base: Partial<Customer>;
  /** The record as someone else saved it. */
  theirs: Customer;
  /** What the user wants to send, already validated. */
  mine: FormValues;
}

/** Rows of the comparison: every field they changed or you changed, in form order. */
export function conflictRows(conflict: Conflict) {
  return customerFields
    .filter((f) => f.name !== 'password' || conflict.mine.password)
    .map((field) => {
      const before = (conflict.base as Record<string, unknown>)[field.name];
      const theirs = (conflict.theirs as Record<string, unknown>)[field.name];
      const theyChanged = field.name !== 'password' && !sameValue(before, theirs);
      const youChanged = field.name in conflict.mine;
      return { field, before, theirs, mine: conflict.mine[field.name], theyChanged, youChanged };
    })
    .filter((row) => row.theyChanged || row.youChanged);
}
