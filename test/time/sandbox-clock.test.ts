import { describe, expect, it } from 'vitest';
import { startMock } from '../helpers/start-mock.js';

const near = (iso: string, ms: number) => Math.abs(Date.parse(iso) - ms) < 5_000;

describe('the sandbox clock over the admin API', () => {
  it('is real by default, freezes, runs from an instant, moves by ISO durations (backwards too) and goes back to real', async () => {
    const mock = await startMock();
    const first = await mock.call('GET', '/__admin/clock');
    expect(first.body).toMatchObject({ sandbox: 'default', mode: 'real' });
    expect(near(first.body.now, Date.now())).toBe(true);
    expect((await mock.call('PUT', '/__admin/clock', { body: { at: '2026-06-01T12:00:00-03:00' } })).body).toMatchObject({ mode: 'frozen', now: '2026-06-01T15:00:00.000Z' });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect((await mock.call('GET', '/__admin/clock')).body.now).toBe('2026-06-01T15:00:00.000Z');
    expect((await mock.call('PUT', '/__admin/clock', { body: { advance: 'PT15M' } })).body.now).toBe('2026-06-01T15:15:00.000Z');
    expect((await mock.call('PUT', '/__admin/clock', { body: { advance: 'P30D' } })).body.now).toBe('2026-07-01T15:15:00.000Z');
    expect((await mock.call('PUT', '/__admin/clock', { body: { at: '2020-01-01T00:00:00Z' } })).body.now).toBe('2020-01-01T00:00:00.000Z');
    const running = await mock.call('PUT', '/__admin/clock', { body: { at: '2030-01-01T00:00:00Z', running: true } });
    expect(running.body.mode).toBe('offset');
    expect(near(running.body.now, Date.parse('2030-01-01T00:00:00Z'))).toBe(true);
    const back = await mock.call('DELETE', '/__admin/clock');
    expect(back.body.mode).toBe('real');
    expect(near(back.body.now, Date.now())).toBe(true);
  });

  it.each([
    [{ at: '2026-06-01T12:00:00' }, 'not an ISO 8601 instant with a zone'],
    [{ at: '2026-02-30T12:00:00Z' }, 'names no calendar day'],
    [{ advance: '15 minutes' }, 'not an ISO 8601 duration'],
    [{ at: '2026-06-01T12:00:00Z', advance: 'PT1M' }, 'either "at"'],
    [{ at: '2026-06-01T12:00:00Z', running: 'yes' }, '"running" is true or false'],
    [{ speed: 2 }, 'unknown field(s) speed'],
  ])('refuses %j with the reason, in problem+json, and changes nothing', async (body, reason) => {
    const mock = await startMock();
    await mock.call('PUT', '/__admin/clock', { body: { at: '2026-06-01T12:00:00Z' } });
    const refused = await mock.call('PUT', '/__admin/clock', { body });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body.detail).toContain(reason);
    expect((await mock.call('GET', '/__admin/clock')).body.now).toBe('2026-06-01T12:00:00.000Z');
  });

  it('keeps each sandbox its own clock; reading an unknown sandbox is a 404, setting it creates it', async () => {
    const mock = await startMock();
    expect((await mock.call('GET', '/__admin/clock?sandbox=ci-7')).status).toBe(404);
    expect((await mock.call('PUT', '/__admin/clock?sandbox=ci-7', { body: { at: '2027-01-01T00:00:00Z' } })).status).toBe(200);
    expect((await mock.call('GET', '/__admin/clock?sandbox=ci-7')).body.now).toBe('2027-01-01T00:00:00.000Z');
    expect((await mock.call('GET', '/__admin/clock')).body.mode).toBe('real');
  });

  it('starts the default sandbox at --clock (running), and a reset starts it there again', async () => {
    const mock = await startMock({ clock: '2026-03-01T09:00:00-03:00' });
    const clock = await mock.call('GET', '/__admin/clock');
    expect(clock.body.mode).toBe('offset');
    expect(near(clock.body.now, Date.parse('2026-03-01T12:00:00Z'))).toBe(true);
    await mock.call('PUT', '/__admin/clock', { body: { advance: 'P1Y' } });
    await mock.call('POST', '/__admin/reset');
    expect(near((await mock.call('GET', '/__admin/clock')).body.now, Date.parse('2026-03-01T12:00:00Z'))).toBe(true);
    await expect(startMock({ clock: 'next tuesday' })).rejects.toThrow('ISO 8601 instant');
  });

  it('is set by a scenario that names its clock, and frozen by the provider state "the clock is at …"', async () => {
    const mock = await startMock({ scenariosDir: new URL('../fixtures/clock-scenarios', import.meta.url).pathname });
    expect((await mock.call('POST', '/__admin/scenarios/june-world?sandbox=june', { body: {} })).status).toBe(200);
    const june = await mock.call('GET', '/__admin/clock?sandbox=june');
    expect(june.body.mode).toBe('offset');
    expect(near(june.body.now, Date.parse('2026-06-01T15:00:00Z'))).toBe(true);
    const state = await mock.call('POST', '/__admin/provider-states?sandbox=pact', { body: { state: 'the clock is at 2026-12-24T18:00:00-03:00' } });
    expect(state.body.result).toMatchObject({ instant: '2026-12-24T18:00:00-03:00', now: '2026-12-24T21:00:00.000Z' });
    expect((await mock.call('GET', '/__admin/clock?sandbox=pact')).body).toMatchObject({ mode: 'frozen', now: '2026-12-24T21:00:00.000Z' });
    const bad = await mock.call('POST', '/__admin/provider-states?sandbox=pact', { body: { state: 'the clock is at Christmas' } });
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toContain('ISO 8601 instant');
  });
});
