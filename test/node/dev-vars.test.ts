/** Runs in Node (node --test): `npm start` takes the admin token from a file, never from its command line. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';

const work = mkdtempSync(join(tmpdir(), 'chronofeed-devvars-'));
const run = (root: string, env: Record<string, string> = {}) => {
  const base: NodeJS.ProcessEnv = { ...process.env, CHRONOFEED_ROOT: root };
  delete base.ADMIN_TOKEN;
  return execFileSync('npx', ['tsx', 'scripts/dev-vars.ts'], { encoding: 'utf8', env: { ...base, ...env } });
};

describe('npm start and the admin token', () => {
  after(() => rmSync(work, { recursive: true, force: true }));

  it('puts no token on the command line', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    assert.doesNotMatch(`${pkg.scripts.prestart} ${pkg.scripts.start}`, /ADMIN_TOKEN|--var\b/);
    assert.match(pkg.scripts.start!, /--env-file \.dev\.vars --env-file \.wrangler\/admin-token\.env/);
  });

  it('generates a local token in .dev.vars (mode 600) when neither .dev.vars nor the environment has one, and prints where, not what', () => {
    const root = join(work, 'fresh');
    const printed = run(root);
    const token = /^ADMIN_TOKEN='([A-Za-z0-9_-]{20,})'$/m.exec(readFileSync(join(root, '.dev.vars'), 'utf8'))![1]!;
    assert.equal(statSync(join(root, '.dev.vars')).mode & 0o777, 0o600);
    assert.match(printed, /generated a local token in .*\.dev\.vars/);
    assert.ok(!printed.includes(token));
    // Kept on the next start.
    run(root);
    assert.ok(readFileSync(join(root, '.dev.vars'), 'utf8').includes(token));
  });

  it('keeps the token set in .dev.vars, and an empty one turns the admin API off', () => {
    const root = join(work, 'kept');
    run(join(work, 'kept')); // creates the folder's files
    writeFileSync(join(root, '.dev.vars'), 'WEBSUB_HUB=https://hub.example/\nADMIN_TOKEN=mine\n');
    assert.match(run(root), /admin API on: token in/);
    assert.equal(readFileSync(join(root, '.dev.vars'), 'utf8'), 'WEBSUB_HUB=https://hub.example/\nADMIN_TOKEN=mine\n');
    writeFileSync(join(root, '.dev.vars'), 'ADMIN_TOKEN=\n');
    assert.match(run(root), /admin API off/);
  });

  it('hands a token from the environment to wrangler in a private file read after .dev.vars', () => {
    const root = join(work, 'env');
    const printed = run(root, { ADMIN_TOKEN: 'from-the-env' });
    assert.ok(!printed.includes('from-the-env'));
    const override = join(root, '.wrangler', 'admin-token.env');
    assert.equal(readFileSync(override, 'utf8'), "ADMIN_TOKEN='from-the-env'\n");
    assert.equal(statSync(override).mode & 0o777, 0o600);
    assert.match(run(root, { ADMIN_TOKEN: '' }), /admin API off/);
    run(root);
    assert.doesNotMatch(readFileSync(override, 'utf8'), /^ADMIN_TOKEN/m);
  });
});
