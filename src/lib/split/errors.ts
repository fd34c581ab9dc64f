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

/** Every input problem of one run, so the user fixes them all from one list. */
export class SeedErrors extends Error {
  constructor(readonly errors: SeedError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'SeedErrors';
  }
}

/** Runs `work` on each item, keeping the results and gathering every SeedError; throws them all at the end. */
export function eachOrErrors<T, R>(items: readonly T[], work: (item: T, index: number) => R): R[] {
  const errors: SeedError[] = [];
  const results: R[] = [];
  items.forEach((item, i) => {
    try {
      results.push(work(item, i));
    } catch (error) {
      if (error instanceof SeedError) errors.push(error);
      else if (error instanceof SeedErrors) errors.push(...error.errors);
      else throw error;
    }
  });
  if (errors.length) throw new SeedErrors(errors);
  return results;
}

/** The messages of an input error, one per line, for a command to print instead of a stack trace; null otherwise. */
export function inputErrorLines(error: unknown): string[] | null {
  if (error instanceof SeedErrors) return error.errors.map((e) => e.message);
  if (error instanceof SeedError) return [error.message];
  return null;
}
