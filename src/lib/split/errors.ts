/** An input problem the user can fix: always names the file, and the line where one applies. */
export class SeedError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
    readonly line?: number,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${detail}`);
    this.name = 'SeedError';
  }
}
