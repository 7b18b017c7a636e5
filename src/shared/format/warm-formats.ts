/**
 * Builds one date and one number formatter and throws them away. The first Intl formatter a
 * page builds loads the browser's locale data: 30–60 ms of main thread on our 2-core build
 * machines, where later ones cost a few. index.html's early script calls this while the page
 * is still waiting for its code (src/app/early-requests-plugin.ts), so the first screen's
 * dates, amounts and numbers do not pay for it in the render the operator waits for.
 */
export function warmFormats(): void {
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(0);
  new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD' }).format(0);
}
