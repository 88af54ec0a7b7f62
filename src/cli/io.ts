/** Where the command line writes: the process's streams, or a test's collectors. */
export interface Output {
  write(text: string): unknown;
}

export interface CliIO {
  stdout: Output;
  stderr: Output;
}

export const processIO: CliIO = { stdout: process.stdout, stderr: process.stderr };
