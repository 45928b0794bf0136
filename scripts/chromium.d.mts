// Types of scripts/chromium.mjs, for the browser test.

/** The Chromium executable: `FAZHI_CHROMIUM`, or Debian's `chromium` package. */
export declare const chromiumPath: string;

/** Headless, sandbox-less (CI runs as root) and without background network traffic. */
export declare const CHROMIUM_ARGS: string[];
