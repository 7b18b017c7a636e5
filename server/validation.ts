/** zod issues as the contract's `errors`: messages by top-level JSON field, "_" for the body. */
export function issuesToErrors(issues: ReadonlyArray<{ path: readonly PropertyKey[]; message: string }>): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.length ? String(issue.path[0]) : '_';
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}
