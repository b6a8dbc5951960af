/**
 * html-validate for many pages under one configuration: the configuration is read, merged and
 * resolved once, not once per page.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ConfigData, ResolvedConfig } from 'html-validate';

/** The html-validate configuration of the project (presets and the one scoped rule). */
export const htmlValidateConfig = fileURLToPath(new URL('../../../.htmlvalidate.json', import.meta.url));

export interface HtmlValidator {
  /** html-validate's report as text when the page is invalid; '' when it is valid. */
  validate(html: string, file: string): Promise<string>;
}

/** A validator with the given configuration file (default: the project's .htmlvalidate.json). */
export async function createHtmlValidator(configFile: string = htmlValidateConfig): Promise<HtmlValidator> {
  // Loaded only when asked: html-validate is large and the bench does not need it.
  const { HtmlValidate, StaticConfigLoader, formatterFactory } = await import('html-validate');

  // StaticConfigLoader merges and resolves its configuration again on every validateString call, and
  // resolving builds the element metadata table anew (schema validation included): 40 % of the time
  // of validating a built page (16.3 against 9.7 ms per page on 843 pages of dist/, the same reports,
  // measured in one process alternating the two loaders). The configuration is one static file, so
  // its resolved form is kept. (A file-system loader also looked for configuration files in each of
  // 34,000 page directories.)
  class ResolvedOnceConfigLoader extends StaticConfigLoader {
    #resolved: ResolvedConfig | Promise<ResolvedConfig> | undefined;
    override getConfigFor(
      handle: string,
      configOverride?: ConfigData,
    ): ResolvedConfig | Promise<ResolvedConfig> {
      if (configOverride !== undefined) return super.getConfigFor(handle, configOverride);
      this.#resolved ??= super.getConfigFor(handle);
      return this.#resolved;
    }
  }

  const config = JSON.parse(readFileSync(configFile, 'utf8')) as ConfigData;
  const htmlValidate = new HtmlValidate(new ResolvedOnceConfigLoader(config));
  const format = formatterFactory('text');
  return {
    async validate(html, file) {
      const report = await htmlValidate.validateString(html, file);
      return report.valid ? '' : format(report.results);
    },
  };
}
