/**
 * A domain rule refused its input (calendar, deadline, fee). `code` is stable (scripts and the
 * HTTP layer map it), `message` is Simplified Chinese for the person who typed the input, `field`
 * names the offending input when there is one.
 */
export class RuleError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'RuleError';
  }
}
