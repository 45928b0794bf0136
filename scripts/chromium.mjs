// Where Debian's Chromium is and how to start it on these machines, for the browser test and the scripts that drive
// it (report screenshot, PDF fixture): the closed network refuses Chromium's background connections, so they are off.

/** The Chromium executable: `FAZHI_CHROMIUM`, or Debian's `chromium` package. */
export const chromiumPath = process.env.FAZHI_CHROMIUM ?? '/usr/bin/chromium';

/** Headless, sandbox-less (CI runs as root) and without background network traffic. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
