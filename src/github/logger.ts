import * as core from "@actions/core";
import type { Logger } from "../log.js";

/**
 * {@link Logger} on the workflow log. Debug lines appear only when step debugging is on
 * (ACTIONS_STEP_DEBUG); the runner decides. The log cannot nest groups, so a group opened inside
 * another is written as a plain heading line within it.
 */
export class ActionsLogger implements Logger {
  private depth = 0;

  info(message: string): void {
    core.info(message);
  }
  warn(message: string): void {
    core.warning(message);
  }
  debug(message: string): void {
    core.debug(message);
  }
  async group<T>(title: string, body: () => Promise<T>): Promise<T> {
    if (this.depth > 0) {
      core.info(`-- ${title}`);
      return body();
    }
    this.depth++;
    try {
      return await core.group(title, body);
    } finally {
      this.depth--;
    }
  }
  mask(secret: string): void {
    if (secret !== "") core.setSecret(secret);
  }
}
