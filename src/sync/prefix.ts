/**
 * Where a repository's projects live in a DAG folder: `<dagsFolder>/<repo>/<project>/`, each
 * project's folder owned by its manifest.
 */
import { UserError } from "../errors.js";
import { assertSafeKey } from "./store.js";

/** Between owner and name in the repository part of a prefix; GitHub owners never contain `_`. */
const OWNER_SEPARATOR = "__";

/**
 * The middle of every project's prefix, `dags/<this>/<project>/`: `<owner>__<name>` of the
 * GitHub repository, and the working directory below it when there is one, so two dagship steps
 * on two folders of one repository never see each other's projects as removed ones. One segment,
 * not `<owner>/<name>`: a nested form would overlap the prefixes earlier versions used
 * (`dags/<name>/<project>/`: a repository named like the owner with a project named like the
 * repository), and GitHub owner names cannot contain `_`, so the form is unambiguous.
 * @param repository `owner/name` (GITHUB_REPOSITORY); empty outside a workflow
 * @param workingDirectory relative to the checkout, forward slashes, "" for its root
 * @param fallback the name when `repository` names none (usually the checkout folder's)
 */
export function repositoryKey(repository: string, workingDirectory: string, fallback: string): string {
  const [owner, name] = repository.split("/");
  return withFolder(owner && name ? `${owner}${OWNER_SEPARATOR}${name}` : fallback, workingDirectory);
}

/**
 * The repository part dagship 0.1 used: the name without its owner. Deploys move projects found
 * there into {@link repositoryKey}'s folder (see `checkDeploy`).
 */
export function legacyRepositoryKey(repository: string, workingDirectory: string, fallback: string): string {
  return withFolder(repository.split("/")[1] || fallback, workingDirectory);
}

function withFolder(name: string, workingDirectory: string): string {
  const folder = workingDirectory
    .split("/")
    .filter((segment) => segment !== "" && segment !== ".")
    .join("/");
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
