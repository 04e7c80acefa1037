/**
 * docker command lines of a local run, as pure functions of what is run. The pod's container
 * becomes one `docker run --rm` (the pod is deleted when it finishes, as on_finish_action
 * delete_pod does): Kubernetes `command` is the entrypoint (its first word) plus the rest, `args`
 * follow; resources are limits; secrets are read from a named pipe, never the command line.
 */

/** A docker invocation: arguments (never a shell string) and extra environment. */
export interface DockerInvocation {
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
}

/** How the image is built: the content tag deploy computes, on the local daemon only. */
export interface LocalBuild {
  readonly reference: string;
  readonly dockerfile: string;
  readonly buildArgs: Readonly<Record<string, string>>;
  readonly target?: string;
  readonly labels: Readonly<Record<string, string>>;
  /** `docker buildx` is installed (BuildKit, loading into the local store); else the classic builder. */
  readonly buildx: boolean;
}

function sorted(record: Readonly<Record<string, string>>): [string, string][] {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** `docker build` of a context archive on standard input. */
export function buildInvocation(build: LocalBuild): DockerInvocation {
  const args = build.buildx ? ["buildx", "build", "--load", "--progress", "plain"] : ["build"];
  args.push("--file", build.dockerfile, "--tag", build.reference);
  for (const [name, value] of sorted(build.buildArgs)) args.push("--build-arg", `${name}=${value}`);
  if (build.target !== undefined) args.push("--target", build.target);
  for (const [name, value] of sorted(build.labels)) args.push("--label", `${name}=${value}`);
  args.push("-");
  return { args, env: build.buildx ? {} : { DOCKER_BUILDKIT: "0" } };
}

/** One container for one try of a task. */
export interface ContainerSpec {
  readonly name: string;
  readonly image: string;
  /** Kubernetes `command` (KubernetesPodOperator cmds); empty keeps the image's ENTRYPOINT. */
  readonly command: readonly string[];
  /** Kubernetes `args` (KubernetesPodOperator arguments); empty keeps the image's CMD unless command is set. */
  readonly args: readonly string[];
  readonly env: readonly (readonly [string, string])[];
  /** Env file with the secrets: a named pipe the runtime writes them into (nothing is stored on disk). */
  readonly envFile?: string;
  /** CPU limit in cores, as `--cpus` takes it. */
  readonly cpus?: string;
  /** Memory limit in bytes. */
  readonly memoryBytes?: number;
  /** `--network`; undefined leaves docker's default. */
  readonly network?: string;
  readonly labels: Readonly<Record<string, string>>;
}

/** `docker run --rm` of a task's try, attached: its exit code is the container's. */
export function runInvocation(spec: ContainerSpec): DockerInvocation {
  const args = ["run", "--rm", "--name", spec.name];
  for (const [name, value] of sorted(spec.labels)) args.push("--label", `${name}=${value}`);
  if (spec.network !== undefined) args.push("--network", spec.network);
  if (spec.cpus !== undefined) args.push("--cpus", spec.cpus);
  if (spec.memoryBytes !== undefined) args.push("--memory", String(spec.memoryBytes));
  for (const [name, value] of spec.env) args.push("--env", `${name}=${value}`);
  if (spec.envFile !== undefined) args.push("--env-file", spec.envFile);
  const [entrypoint, ...rest] = spec.command;
  // docker takes one word as the entrypoint and clears the image's CMD with it, as Kubernetes
  // ignores CMD when a command is given.
  if (entrypoint !== undefined) args.push("--entrypoint", entrypoint);
  args.push(spec.image, ...rest, ...spec.args);
  return { args, env: {} };
}

export const killInvocation = (name: string): DockerInvocation => ({ args: ["kill", name], env: {} });
export const removeInvocation = (name: string): DockerInvocation => ({ args: ["rm", "--force", name], env: {} });
export const imageExistsInvocation = (reference: string): DockerInvocation => ({ args: ["image", "inspect", "--format", "{{.Id}}", reference], env: {} });

/** A Kubernetes CPU quantity (`250m`, `0.5`, `2`) as `--cpus` cores. */
export function cpusOf(quantity: string): string {
  const cores = quantity.endsWith("m") ? Number(quantity.slice(0, -1)) / 1000 : Number(quantity);
  return String(Math.round(cores * 1000) / 1000);
}

const BYTE_UNITS: Readonly<Record<string, number>> = {
  "": 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

/** A Kubernetes byte quantity (`512Mi`, `1G`) in bytes. */
export function bytesOf(quantity: string): number {
  const match = /^(\d+(?:\.\d+)?|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$/.exec(quantity);
  if (!match) throw new Error(`not a byte quantity: ${quantity}`);
  return Math.ceil(Number(match[1]) * (BYTE_UNITS[match[2] ?? ""] ?? 1));
}

/** A container name docker accepts, unique per run, task and try. */
export function containerName(runKey: string, taskId: string, attempt: number): string {
  const safe = taskId
    .replace(/[^a-zA-Z0-9_.-]+/g, "-")
    .replace(/^[^a-zA-Z0-9]+/, "")
    .slice(0, 80);
  return `dagship-${runKey}-${safe || "task"}-${attempt}`;
}
