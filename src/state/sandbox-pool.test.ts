import { describe, expect, it } from 'vitest';
import { ProblemError } from '../problems/problem.js';
import { SandboxLimitError } from './sandbox-limit-error.js';
import { SandboxPool } from './sandbox-pool.js';

type World = { name: string; serial: number };

function pool(max = 3, idleMs = 1000) {
  let serial = 0;
  const disposed: World[] = [];
  const created = new SandboxPool<World>(async (name) => ({ name, serial: ++serial }), { max, idleMs, dispose: (world) => void disposed.push(world) });
  return { pool: created, disposed };
}

describe('SandboxPool', () => {
  it('creates a world once per name, also for concurrent first requests', async () => {
    const { pool: sandboxes } = pool();
    const [a, b] = await Promise.all([sandboxes.get('ci-1'), sandboxes.get('ci-1')]);
    expect(a).toBe(b);
    expect(sandboxes.peek('ci-1')).toBe(a);
    expect(sandboxes.peek('nobody')).toBeUndefined();
  });

  it('refuses a sandbox past the limit with a problem', async () => {
    const { pool: sandboxes } = pool(2);
    await sandboxes.get();
    await sandboxes.get('one');
    await expect(sandboxes.get('two')).rejects.toBeInstanceOf(ProblemError);
  });

  it('refuses a sandbox over the memory budget, saying what to do, after evicting idle ones first', async () => {
    const sandboxes = new SandboxPool<string>(async (name) => name, { max: 10, idleMs: 1000, memory: { budget: 3 * 2 ** 20, perSandbox: () => 2 ** 20 } });
    await sandboxes.get('default', 0);
    await sandboxes.get('old', 0);
    await sandboxes.get('busy', 800);
    const refusal = sandboxes.get('new', 900);
    await expect(refusal).rejects.toBeInstanceOf(SandboxLimitError);
    await expect(refusal).rejects.toMatchObject({ status: 507, message: expect.stringContaining('3 alive × 1 MB each (the measured start-up world) + 1 MB > 3 MB') });
    expect(await sandboxes.get('new', 1500)).toBe('new');
    expect(sandboxes.names()).toEqual(['default', 'busy', 'new']);
  });

  it('renews a world (a reset) and disposes of the old one; drops named ones, renews the default one', async () => {
    const { pool: sandboxes, disposed } = pool();
    const first = await sandboxes.get('job');
    const renewed = await sandboxes.renew('job');
    expect(renewed.serial).not.toBe(first.serial);
    await sandboxes.drop('job');
    expect(sandboxes.names()).not.toContain('job');
    const main = await sandboxes.get();
    await sandboxes.drop('default');
    expect((await sandboxes.get()).serial).not.toBe(main.serial);
    await Promise.resolve();
    expect(disposed.map((world) => world.name)).toEqual(['job', 'job', 'default']);
  });

  it('evicts named sandboxes left idle, never the default one', async () => {
    const { pool: sandboxes } = pool(5, 1000);
    await sandboxes.get('default', 0);
    await sandboxes.get('old', 0);
    sandboxes.evictIdle(5000);
    expect(sandboxes.names()).toEqual(['default']);
  });

  it('forgets a creation that failed, so the next request tries again', async () => {
    let fail = true;
    const sandboxes = new SandboxPool<string>(async (name) => {
      if (fail) throw new Error('boom');
      return name;
    }, { max: 3, idleMs: 1000 });
    await expect(sandboxes.get('x')).rejects.toThrow('boom');
    fail = false;
    await Promise.resolve();
    expect(await sandboxes.get('x')).toBe('x');
  });
});
