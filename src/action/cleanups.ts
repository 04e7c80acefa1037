import { messageOf } from "../errors.js";
import type { Logger } from "../log.js";

/** Work to undo when the run ends, last added first; a failing step is logged, not thrown. */
export class Cleanups {
  private readonly steps: (() => Promise<void>)[] = [];

  add(step: () => Promise<void>): void {
    this.steps.push(step);
  }

  async run(log: Logger): Promise<void> {
    for (const step of this.steps.splice(0).reverse()) await step().catch((thrown: unknown) => log.debug(`cleanup: ${messageOf(thrown)}`));
  }
}
