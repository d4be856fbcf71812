// Work that can stop between slices. Decoding the index and building the text scan for 3,000 rules takes a few
// hundred milliseconds of main thread on a phone; written as generators that yield between slices, the browser
// runs it as many short tasks (input and paint get in between) while tests and scripts run it in one go.

export type Steps<T> = Generator<void, T, void>;

/** Entries handled between two pauses: a few milliseconds of work on a desktop, under 50 ms on a slow phone. */
export const SLICE = 200;

export function runAll<T>(steps: Steps<T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

export async function runInSlices<T>(steps: Steps<T>, pause: () => Promise<void>): Promise<T> {
  let step = steps.next();
  while (!step.done) {
    await pause();
    step = steps.next();
  }
  return step.value;
}
