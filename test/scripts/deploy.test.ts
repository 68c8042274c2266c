// scripts/deploy.ts against a fake clasp: forced push, one new version, the ONE deployment updated, never a second.
import { describe, expect, it } from 'vitest';
import { chooseDeployment, deploy, type Clasp } from '../../scripts/deploy.js';

/** A clasp stand-in that records its arguments and answers --json commands like clasp 3.4. */
function fakeClasp(deployments: { deploymentId: string; versionNumber?: number }[], nextVersion = 7): Clasp & { calls: string[][] } {
  const calls: string[][] = [];
  const clasp = ((args: string[]) => {
    calls.push(args);
    const command = args.filter((a) => a !== '--json')[0];
    if (command === 'push') return 'Pushed 3 files.\n';
    if (command === 'create-version') return JSON.stringify({ versionNumber: nextVersion });
    if (command === 'list-deployments') return JSON.stringify(deployments);
    if (command === 'create-deployment') return JSON.stringify({ deploymentId: 'AKfyNEW', versionNumber: nextVersion });
    if (command === 'update-deployment') return JSON.stringify({ deploymentId: args[2], versionNumber: nextVersion });
    throw new Error(`unexpected clasp ${args.join(' ')}`);
  }) as Clasp & { calls: string[][] };
  clasp.calls = calls;
  return clasp;
}

const HEAD = { deploymentId: 'AKfyHEAD' };

describe('deploy', () => {
  it('pushes with --force, creates version 7 and moves the existing deployment to it', () => {
    const clasp = fakeClasp([HEAD, { deploymentId: 'AKfyADDON', versionNumber: 6 }]);
    expect(deploy(clasp, { description: 'Callboard 0.1.0' })).toEqual({ versionNumber: 7, deploymentId: 'AKfyADDON', created: false });
    expect(clasp.calls).toEqual([
      ['push', '--force'],
      ['--json', 'create-version', 'Callboard 0.1.0'],
      ['--json', 'list-deployments'],
      ['--json', 'update-deployment', 'AKfyADDON', '-V', '7', '-d', 'Callboard 0.1.0'],
    ]);
  });

  it('creates the deployment the first time, when only clasp\'s head deployment exists', () => {
    const clasp = fakeClasp([HEAD], 1);
    expect(deploy(clasp, { description: 'first' })).toEqual({ versionNumber: 1, deploymentId: 'AKfyNEW', created: true });
    expect(clasp.calls.at(-1)).toEqual(['--json', 'create-deployment', '-V', '1', '-d', 'first']);
  });

  it('deploying twice updates the same deployment twice and never creates another', () => {
    const clasp = fakeClasp([HEAD, { deploymentId: 'AKfyADDON', versionNumber: 6 }]);
    deploy(clasp, { description: 'a' });
    deploy(clasp, { description: 'b' });
    expect(clasp.calls.filter((c) => c.includes('create-deployment'))).toEqual([]);
    expect(clasp.calls.filter((c) => c.includes('update-deployment')).map((c) => c[2])).toEqual(['AKfyADDON', 'AKfyADDON']);
  });

  it('a clasp answer without JSON stops the deploy with what clasp said', () => {
    const clasp: Clasp = (args) => (args.includes('create-version') ? 'User has not enabled the Apps Script API.' : '');
    expect(() => deploy(clasp, { description: 'x' })).toThrow('clasp printed no JSON for create-version: User has not enabled the Apps Script API.');
  });
});

describe('chooseDeployment', () => {
  it('with two versioned deployments it asks which one, listing them (a usage error)', () => {
    const two = [{ deploymentId: 'AKfyA', versionNumber: 3 }, { deploymentId: 'AKfyB', versionNumber: 5 }];
    expect(() => chooseDeployment(two)).toThrow(/2 versioned deployments; name the add-on's with --deployment-id <id>:\n {2}AKfyA @3/);
    expect(chooseDeployment(two, 'AKfyB')).toEqual({ deploymentId: 'AKfyB' });
  });

  it('refuses a deployment ID the project does not have', () => {
    expect(() => chooseDeployment([HEAD], 'AKfyOTHER')).toThrow('deployment AKfyOTHER is not one of this project\'s (none)');
  });
});
