/**
 * Audit findings as validator warnings: facts about the sources, not errors in our data.
 * (The audit itself lives beside this file.)
 */
import type { Problem } from '../validation/problem';
import type { ValidationResult } from '../validation/validate-dataset';

export function auditWarnings(_result: ValidationResult, _requested: Set<string>): Problem[] {
  return [];
}
