// html-escaper ships no declarations; this is the one function the report uses.
declare module 'html-escaper' {
  /** Escapes &, <, >, ' and " for HTML text and attribute values. */
  // biome-ignore lint/suspicious/noShadowRestrictedNames: the package names its export so.
  export function escape(text: string): string;
}
