import type { Page } from '@playwright/test';

export interface CspWatch {
  /** The CSP violations of the current document, and CSP errors on the console since clear(). */
  (): Promise<string[]>;
  /** Forgets the console messages so far (for a page that goes on to the next test's address). */
  clear(): void;
}

/** Records CSP violations (from the document) and CSP errors on the console (also from workers). */
export async function watchCsp(page: Page): Promise<CspWatch> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) console.push(message.text());
  });
  page.on('pageerror', (error) => console.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  const read = async (): Promise<string[]> => [
    ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
    ...console,
  ];
  return Object.assign(read, { clear: () => void console.splice(0) });
}
