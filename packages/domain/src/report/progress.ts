/**
 * How long work reports where it is: `done` of `total` steps, and what it is doing now. The CLI
 * turns it into a progress bar; the domain only calls it.
 */
export type ProgressCallback = (done: number, total: number, what?: string) => void;
