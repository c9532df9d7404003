import { describe, expect, it } from 'vitest';
import { generatePan, isBlankNumber, nineteenDigitNumber } from '../../mock/firstvision/number-generator.js';
import { displayPan, maskPan, panFromToken, panToken } from '../../mock/firstvision/pan-display.js';
import { pageWindow } from '../../mock/firstvision/page-window.js';
import { ReplayCache } from '../../mock/firstvision/replay-cache.js';
import { TokenIssuer } from '../../mock/firstvision/token-issuer.js';
import { isLuhnValid } from '../../src/numbers/luhn.js';

describe('FirstVision numbers', () => {
  it('builds 19-digit numbers from org, logo, sequence and a Luhn digit', () => {
    expect(nineteenDigitNumber(970, 401, 1)).toMatch(/^970401000000000001\d$/);
    expect(isLuhnValid(nineteenDigitNumber(970, 0, 123456))).toBe(true);
    expect(nineteenDigitNumber(970, 0, 5).slice(0, 6)).toBe('970000');
  });

  it.each([[16], [19], [13]])('builds Luhn-valid PANs of length %i with the BIN', (length) => {
    const pan = generatePan('40009701', length, 42);
    expect(pan).toHaveLength(length);
    expect(pan.startsWith('40009701') && isLuhnValid(pan)).toBe(true);
  });

  it.each([[undefined, true], ['', true], ['   ', true], ['0000000000000000000', true], ['0000000000000000123', false]])('treats %j as blank: %s', (value, blank) => {
    expect(isBlankNumber(value)).toBe(blank);
  });

  it.each(['4000970100000017', '5100970500000015', '4000970199999996', '1234567890123', '9999999999999999999'])('reads PAN %s back from its 19-character token', (pan) => {
    const token = panToken(pan);
    expect(token).toMatch(/^[0-9A-Z]{19}$/);
    expect(token.endsWith(pan.slice(-4))).toBe(true);
    expect(panFromToken(token)).toBe(pan);
  });

  it('masks PANs as first 4, x, last 4 and shows them per mode', () => {
    expect(maskPan('0581123456785846')).toBe('0581xxxxxxxx5846');
    expect(displayPan('4000970100000017', 'full')).toBe('4000970100000017');
    expect(displayPan('4000970100000017', 'token')).toBe(panToken('4000970100000017'));
    expect(panFromToken('0000000000000000123')).toBeUndefined();
  });

  it.each([
    ['first page', 25, 20, ' ', -1, { start: 0, end: 20, more: true }],
    ['next after 19', 25, 20, 'N', 19, { start: 20, end: 25, more: false }],
    ['previous before 20', 25, 20, 'P', 20, { start: 0, end: 20, more: true }],
    ['previous before 3', 25, 5, 'P', 3, { start: 0, end: 3, more: true }],
    ['empty list', 0, 5, '', -1, { start: 0, end: 0, more: false }],
  ])('pages: %s', (_name, total, size, code, at, window) => {
    expect(pageWindow(total, size, code, at)).toEqual(window);
  });

  it('checks tokens by their seal: valid until the expiry, then expired; altered or foreign ones unknown', () => {
    const tokens = new TokenIssuer('s');
    const issued = [1, 2, 3, 4].map((i) => tokens.issue(i, 10).accessToken);
    expect(new Set(issued).size).toBe(4);
    expect(issued.every((token) => /^[A-Za-z0-9_-]{28}$/.test(token))).toBe(true);
    expect(tokens.check(issued[0] as string, 5)).toBe('valid');
    expect(tokens.check(issued[3] as string, 10_004)).toBe('expired');
    const altered = `${(issued[0] as string).slice(0, 27)}${(issued[0] as string).endsWith('A') ? 'B' : 'A'}`;
    expect(tokens.check(altered, 5)).toBe('unknown');
    expect(new TokenIssuer('other').check(issued[0] as string, 5)).toBe('unknown');
    expect(new TokenIssuer('s').issue(1, 10).accessToken).toBe(issued[0]);
  });

  it('forgets request ids after the window', () => {
    const seen = new ReplayCache(1000, 2);
    expect(seen.remember('a', 0)).toBe(true);
    expect(seen.remember('a', 500)).toBe(false);
    expect(seen.remember('a', 1600)).toBe(true);
  });
});
