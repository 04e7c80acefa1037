/**
 * Where a repository's projects live in a DAG folder: `<dagsFolder>/<repo>/<project>/`, each
 * project's folder owned by its manifest.
 */
import { UserError } from "../errors.js";
import { assertSafeKey } from "./store.js";

/**
 * The middle of every project's prefix, `dags/<this>/<project>/`: the repository's name, and the
 * working directory below it when there is one, so two dagship steps on two folders of one
 * repository never see each other's projects as removed ones.
 * @param repository `owner/name` (GITHUB_REPOSITORY); empty outside a workflow
 * @param workingDirectory relative to the checkout, forward slashes, "" for its root
 * @param fallback the name when `repository` names none (usually the checkout folder's)
 */
export function repositoryKey(repository: string, workingDirectory: string, fallback: string): string {
  const name = repository.split("/")[1] || fallback;
  const folder = workingDirectory.split("/").filter((segment) => segment !== "" && segment !== ".").join("/");
  return folder === "" ? name : `${name}/${folder}`;
}

/** The folder holding every project of a repository: `<dagsFolder>/<repo>/`. */
export function repositoryPrefix(dagsFolder: string, repo: string): string {
  return dagsFolder === "" ? `${repo}/` : `${dagsFolder}/${repo}/`;
}

/** The project's full prefix: `<dagsFolder>/<repo>/<project>/`, or `<dagsFolder>/<prefix>/`. */
export function projectPrefix(dagsFolder: string, repo: string, project: string, override?: string): string {
  const inner = (override ?? `${repo}/${project}`).replace(/^\/+|\/+$/g, "");
  try {
    assertSafeKey(inner);
    if (dagsFolder !== "") assertSafeKey(dagsFolder);
  } catch {
    throw new UserError(
      `the prefix "${override ?? `${repo}/${project}`}" of project ${project} is not a safe relative path ` +
        "(no empty, '.' or '..' segments, no backslashes)",
    );
  }
  return dagsFolder === "" ? `${inner}/` : `${dagsFolder}/${inner}/`;
}
