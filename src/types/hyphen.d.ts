/**
 * Types for the parts of the `hyphen` package (Liang/TeX hyphenation patterns) that we use.
 * The package ships no types; each language module exports the same contract (export-contract.js).
 */
declare module 'hyphen/nl/index.js' {
  import type { HyphenModule } from 'hyphen-contract';
  const module: HyphenModule;
  export default module;
}
declare module 'hyphen/en-us/index.js' {
  import type { HyphenModule } from 'hyphen-contract';
  const module: HyphenModule;
  export default module;
}
declare module 'hyphen-contract' {
  export interface HyphenOptions {
    hyphenChar?: string;
    minWordLength?: number;
    exceptions?: string[];
  }
  export interface HyphenModule {
    hyphenateSync(text: string, options?: HyphenOptions): string;
  }
}
