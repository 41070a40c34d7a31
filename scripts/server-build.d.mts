// Types of server-build.mjs, for the tests and benchmarks that run the compiled `loa`.

/** dist-server/cli.mjs: the compiled `loa` command. */
export const SERVER_CLI: string;
/** Whether dist-server/ is missing or older than src/ (the web app aside) or package.json. */
export function serverBuildIsStale(): boolean;
/** Compiles src/cli.ts and the parse worker into dist-server/ and copies the migrations. */
export function buildServer(): Promise<void>;
/** Compiles only when the build is stale. */
export function ensureServerBuild(): Promise<void>;
