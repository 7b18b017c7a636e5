import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Result } from 'axe-core';

export interface AxeOptions {
  /** Rules to skip, each with the reason in the caller's comment. */
  disableRules?: string[];
  /** What the report is called in the test's attachments ("Profile, dark"). */
  label?: string;
  /**
   * Only the rules that read colours: for a screen already scanned whole in the other colour
   * scheme, where nothing but the colours changed (the same elements, names and roles).
   */
  coloursOnly?: boolean;
  /**
   * Only these parts of the page, by ARIA attribute selectors (`[role="listbox"]`): for a
   * widget opened on a screen another flow scans whole.
   */
  include?: string[];
}

/** The WCAG A/AA rules whose outcome depends on colours. */
const colourRules = ['color-contrast', 'link-in-text-block'];

/** WCAG 2.1 A and AA, which is what the console promises (issue 2, "Looks"). */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One line per failing element: the rule, its impact, where, and what axe says to fix. */
export function formatViolations(violations: Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => `    - ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      return `${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}\n  ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n\n');
}

/**
 * Runs axe on the page as it is now and fails with a readable list of violations. The
 * full results are attached to the test report.
 */
export async function expectNoAxeViolations(
  page: Page,
  { disableRules = [], label = 'page', coloursOnly = false, include = [] }: AxeOptions = {},
) {
  const builder = new AxeBuilder({ page }).withTags(wcagTags).disableRules(disableRules);
  for (const selector of include) builder.include(selector);
  // A tab panel not shown (display: none) has nothing axe can report, yet walking it cost as
  // much as the panel shown: on a profile, 3.0 s → 1.5 s a scan without the three hidden ones.
  // Each panel is scanned by the flow that shows it.
  for (const id of await hiddenTabPanels(page)) builder.exclude(`#${id}`);
  const results = await (coloursOnly ? builder.withRules(colourRules) : builder).analyze();
  await test.info().attach(`axe: ${label}`, { body: JSON.stringify(results.violations, null, 2), contentType: 'application/json' });
  // A selector that matched nothing would make a scan that passes by checking nothing.
  if (include.length) expect(results.passes.length, `axe found nothing to check in ${include.join(', ')}`).toBeGreaterThan(0);
  const count = results.violations.reduce((sum, v) => sum + v.nodes.length, 0);
  expect(count, `axe found ${count} accessibility violation(s) on ${label}:\n\n${formatViolations(results.violations)}\n`).toBe(0);
}

/** The ids of the tab panels on the page that are not displayed, escaped for a selector. */
function hiddenTabPanels(page: Page): Promise<string[]> {
  return page
    .getByRole('tabpanel', { includeHidden: true })
    .evaluateAll((panels) => panels.filter((panel) => panel.id && getComputedStyle(panel).display === 'none').map((panel) => CSS.escape(panel.id)));
}
