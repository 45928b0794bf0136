/** A problem with how the CLI was called or with a path it was given: reported in one line, exit status 2. */
export class UsageError extends Error {
  /**
   * @param message - English message
   * @param messageZh - Chinese message
   */
  constructor(
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
