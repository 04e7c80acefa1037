/**
 * A monorepo of many small projects in a real git repository, deployed the way the command line
 * and the action deploy one (`deployRepository`), with the store wrapped to count round trips.
 * No test framework here: the round-trip benchmark uses it too.
 */
import { deployRepository, type DeployDeps, type DeployOptions, type DeployReport } from "../../src/deploy.js";
import type { Logger } from "../../src/log.js";
import { CliGit, type Destination, type OpenTargetOptions } from "../../src/sync/index.js";
import { FixtureRepo } from "../github/harness.js";

/** What a test or benchmark sets of a deploy besides the destination. */
export interface DeployExtras {
  /** Deploy only these (and the projects running their images), as the action does on a push. */
  projects?: readonly string[];
  /** How the destination is opened: the emulator's address, a store wrapper. */
  target?: OpenTargetOptions;
  sync?: DeployDeps["sync"];
  options?: Partial<DeployOptions>;
}

/** A repository of `count` projects `p000`, `p001`, ..., each one DAG with one task. */
export class Monorepo extends FixtureRepo {
  readonly projects: string[];

  constructor(count: number) {
    super({ folder: "mono", origin: "https://github.com/acme/mono.git" });
    this.projects = Array.from({ length: count }, (_, index) => `p${String(index).padStart(3, "0")}`);
    this.write(Object.fromEntries(this.projects.map((project) => [`projects/${project}/dag.yaml`, dagYaml(project, 0)])));
    this.commit(`${count} projects`);
  }

  /** Change one project's DAG (its task's arguments) and commit; returns the commit. */
  change(project: string, version: number): string {
    this.write({ [`projects/${project}/dag.yaml`]: dagYaml(project, version) });
    return this.commit(`${project}: version ${version}`);
  }

  /** Commit a change outside every project (a README): the commit advances, no render changes. */
  changeNothing(note: string): string {
    this.write({ "README.md": `${note}\n` });
    return this.commit(note);
  }

  /** A second work tree of this repository at `commit` (same remote, so the same identity): another CI job's checkout. */
  worktree(commit: string): string {
    const dir = `${this.dir}-at-${commit.slice(0, 8)}`;
    this.git("worktree", "add", "-q", "--detach", dir, commit);
    return dir;
  }

  /** Deploy this repository's HEAD (or, with `options.repoRoot`, a work tree's): every project, or only `projects`. */
  deploy(destination: Destination, log: Logger, extra: DeployExtras = {}): Promise<DeployReport> {
    const options = actionOptions(this.dir, "mono", destination, {
      ...(extra.projects === undefined ? {} : { projects: extra.projects, includeImageUsers: true }),
      ...extra.options,
    });
    return deployRepository(options, {
      log,
      git: new CliGit(options.repoRoot),
      ...(extra.target === undefined ? {} : { target: extra.target }),
      ...(extra.sync === undefined ? {} : { sync: extra.sync }),
    });
  }
}

/**
 * What the action passes for a repository `acme/NAME` in a push's deploy: the owner-qualified
 * folder, and the one dagship 0.1 used (each project found there moves).
 */
export function actionOptions(repoRoot: string, name: string, destination: Destination, over: Partial<DeployOptions> = {}): DeployOptions {
  return {
    repoRoot,
    repoName: `acme__${name}`,
    legacyRepoName: name,
    destination,
    composer: "3",
    airflow: "2",
    dryRun: false,
    noBuild: false,
    createRepository: false,
    ...over,
  };
}

function dagYaml(project: string, version: number): string {
  return `schedule: "@daily"\nstart_date: 2024-01-01\ntasks:\n  run:\n    command: [sh, -c, "echo ${project} v${version}"]\n`;
}
