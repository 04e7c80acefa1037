/** The pull request's preview comment: one per folder and destination, edited in place on every push. */
import { GitHubApi, GitHubApiError, upsertComment } from "../github/github-api.js";
import { commentMarker } from "../report/comment.js";
import type { RunContext } from "./context.js";
import { redactFor } from "./io.js";

/** Upsert the preview comment; false when it could not be posted (the summary still has it). */
export async function postComment(ctx: RunContext, issue: number, body: string, key: string): Promise<boolean> {
  const { io, settings, event, runner } = ctx;
  if (settings.githubToken === "") {
    io.log.warn('no "github-token": the preview is in the job summary only');
    return false;
  }
  const [owner = "", repo = ""] = event.repository.split("/");
  const api = new GitHubApi({ token: settings.githubToken, baseUrl: runner.githubApiUrl, fetch: io.fetch });
  try {
    const result = await upsertComment(api, { owner, repo, issue }, commentMarker(key), redactFor(io)(body));
    io.log.info(`preview comment ${result.action}: ${result.url}`);
    return true;
  } catch (thrown) {
    if (thrown instanceof GitHubApiError && (thrown.status === 403 || thrown.status === 404)) {
      // A pull request from a fork runs with a read-only token: the summary still has the preview.
      io.log.warn(`could not post the preview comment (${thrown.message}); it is in the job summary. A pull request from a fork gets a read-only token.`);
      return false;
    }
    throw thrown;
  }
}
