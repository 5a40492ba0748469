/** A CLI failure with a stable code and a Chinese message; exit code 2 = usage, 1 = failure. */
export class CliError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** What each command module exports as `run`: the arguments after the command's name → the exit code. */
export type CliRun = (argv: string[]) => Promise<number>;

export function writeLine(stream: NodeJS.WritableStream, text: string): void {
  stream.write(text.endsWith('\n') ? text : `${text}\n`);
}
