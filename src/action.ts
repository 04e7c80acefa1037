import * as core from "@actions/core";
import { messageOf } from "./errors.js";

/** Entry of the GitHub Action: every thrown value ends in one setFailed. */
export async function run(): Promise<void> {
  try {
    core.info("dagship action: not wired yet");
  } catch (thrown) {
    core.setFailed(`dagship failed: ${messageOf(thrown)}`);
  }
}
