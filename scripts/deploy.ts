// `npm run deploy`: build, push (forced), a new version, and that version on the add-on's ONE versioned deployment.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from './build.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs clasp with arguments and returns its standard output; throws when clasp exits non-zero. */
export type Clasp = (args: string[]) => string;

export interface DeployOptions {
  description: string;
  /** the deployment to update; otherwise the project's only versioned deployment (or a new one when there is none) */
  deploymentId?: string;
}

export interface DeployResult {
  versionNumber: number;
  deploymentId: string;
  created: boolean;
}

interface ListedDeployment { deploymentId: string; versionNumber?: number; description?: string }

/** The JSON clasp printed with --json (it prints nothing else then, but be lenient about leading text). */
export function claspJson<T>(stdout: string, what: string): T {
  const at = stdout.search(/[[{]/);
  try {
    if (at < 0) throw new Error('no JSON');
    return JSON.parse(stdout.slice(at)) as T;
  } catch {
    throw new Error(`clasp printed no JSON for ${what}: ${stdout.trim().slice(0, 200)}`, { cause: { code: 'clasp-output' } });
  }
}

/**
 * Which deployment gets the new version. Google's "Update a published add-on": a new version on the active
 * deployment, never a new deployment (a new deployment ID disables the triggers of the old one). The head
 * deployment (no version number) is clasp's own and never the add-on's.
 */
export function chooseDeployment(listed: ListedDeployment[], wanted?: string): { deploymentId: string | null } {
  const versioned = listed.filter((d) => typeof d.versionNumber === 'number');
  if (wanted) {
    if (!listed.some((d) => d.deploymentId === wanted)) {
      throw new Error(`deployment ${wanted} is not one of this project's (${versioned.map((d) => d.deploymentId).join(', ') || 'none'})`, { cause: { code: 'usage' } });
    }
    return { deploymentId: wanted };
  }
  if (versioned.length > 1) {
    const list = versioned.map((d) => `  ${d.deploymentId} @${d.versionNumber} ${d.description ?? ''}`).join('\n');
    throw new Error(`the project has ${versioned.length} versioned deployments; name the add-on's with --deployment-id <id>:\n${list}`, { cause: { code: 'usage' } });
  }
  return { deploymentId: versioned[0]?.deploymentId ?? null };
}

/** push --force, create-version, then update the one deployment (or create it the first time). */
export function deploy(clasp: Clasp, options: DeployOptions): DeployResult {
  // Without --force, clasp 3 skips the whole push when the manifest changed and no terminal can confirm, and exits 0.
  clasp(['push', '--force']);
  const { versionNumber } = claspJson<{ versionNumber: number }>(clasp(['--json', 'create-version', options.description]), 'create-version');
  if (!Number.isInteger(versionNumber) || versionNumber < 1) {
    throw new Error(`clasp created no version (got ${String(versionNumber)})`, { cause: { code: 'clasp-output' } });
  }
  const listed = claspJson<ListedDeployment[]>(clasp(['--json', 'list-deployments']), 'list-deployments');
  const { deploymentId } = chooseDeployment(listed, options.deploymentId);
  const version = ['-V', String(versionNumber), '-d', options.description];
  if (deploymentId === null) {
    const made = claspJson<{ deploymentId: string }>(clasp(['--json', 'create-deployment', ...version]), 'create-deployment');
    return { versionNumber, deploymentId: made.deploymentId, created: true };
  }
  clasp(['--json', 'update-deployment', deploymentId, ...version]);
  return { versionNumber, deploymentId, created: false };
}

/** clasp 3 from this project's node_modules (its package bin), run by this Node on any OS; errors shown as they come. */
const CLASP_BIN = join(ROOT, 'node_modules', '@google', 'clasp', 'build', 'src', 'index.js');
const runClasp: Clasp = (args) => {
  console.log(`$ clasp ${args.join(' ')}`);
  return execFileSync(process.execPath, [CLASP_BIN, ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
};

function parseArgs(argv: string[]): DeployOptions {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const options: DeployOptions = { description: `Callboard ${pkg.version} ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC` };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if ((flag === '--description' || flag === '-d') && value) options.description = argv[++i];
    else if ((flag === '--deployment-id' || flag === '-i') && value) options.deploymentId = argv[++i];
    else throw new Error(`unknown argument ${flag} (use --description <text>, --deployment-id <id>)`, { cause: { code: 'usage' } });
  }
  options.deploymentId ??= process.env.CALLBOARD_DEPLOYMENT_ID || undefined;
  return options;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  (async () => {
    const options = parseArgs(process.argv.slice(2));
    console.log(`built ${await build()}`);
    const result = deploy(runClasp, options);
    console.log(`${result.created ? 'Created deployment' : 'Updated deployment'} ${result.deploymentId} to version ${result.versionNumber}.`);
    console.log(`Published add-on: enter version ${result.versionNumber} in Google Workspace Marketplace SDK → App Configuration → Sheets add-on.`);
  })().catch((err: Error) => {
    console.error(`deploy failed: ${err.message}`);
    process.exit((err.cause as { code?: string } | undefined)?.code === 'usage' ? 2 : 1);
  });
}
