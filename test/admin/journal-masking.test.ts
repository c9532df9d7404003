import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { credereHeaders } from './api-headers.js';
import { startMock, type RunningMock } from '../helpers/start-mock.js';
import { cpfCheckDigits } from '../../src/numbers/cpf.js';
import { cnpjCheckDigits } from '../../src/numbers/cnpj.js';
import { luhnCheckDigit } from '../../src/numbers/luhn.js';

const C = '/credere/api/v1';
const SEPARATORS = /[\s.\-/_+]/g;

/** Percent-decodes what can be decoded, escape by escape (a lone `%` stays). */
function percentDecoded(text: string): string {
  return text.replace(/%[0-9A-Fa-f]{2}/g, (escape) => String.fromCharCode(parseInt(escape.slice(1), 16)));
}

/** True when the digits of `secret` appear in full in `text`, in any spelling (separators, percent-encoding). */
function showsInFull(text: string, secret: string): boolean {
  const digits = secret.replace(/\D/g, '');
  return [text, percentDecoded(text), percentDecoded(percentDecoded(text))].some((form) => form.replace(SEPARATORS, '').includes(digits));
}

async function journalText(mock: RunningMock): Promise<string> {
  const journal = await mock.call('GET', '/__admin/requests');
  expect(journal.status).toBe(200);
  return JSON.stringify(journal.body);
}

describe('journal masking of card numbers and documents', () => {
  let mock: RunningMock;
  beforeEach(async () => {
    mock ??= await startMock();
    await mock.call('DELETE', '/__admin/requests');
  });

  it.each([
    ['a 19-digit PAN in a path', `${C}/customers/4000970100000000018`, '4000970100000000018'],
    ['a 17-digit PAN in a query', `${C}/customers/find?pan=40009701000000006`, '40009701000000006'],
    ['a percent-encoded CPF in a query', `${C}/customers/find?cpf_cnpj=529%2E982%2E247-25`, '52998224725'],
    ['a PAN with dashes in a query', `${C}/customers/find?card=4000-9701-0000-0013`, '4000970100000013'],
    ['a CPF with a dash only in a path', `${C}/customers/529982247-25`, '52998224725'],
    ['a CNPJ, formatted, in a query', `${C}/customers/find?cpf_cnpj=11.222.333%2F0001-81`, '11222333000181'],
  ])('masks %s', async (_name, path, secret) => {
    await mock.call('GET', path, { headers: credereHeaders() });
    const text = await journalText(mock);
    expect(text).toContain('/credere/api/v1/');
    expect(showsInFull(text, secret), text).toBe(false);
  });

  it('masks a card number sent as a JSON number, keeping the masked shape', async () => {
    const raw = '{"customer":{"name":"Ana","cpf":"529.982.247-25","income_cents":4000970100000000018,"cnh":52998224725}}';
    await mock.call('POST', `${C}/customers`, { headers: { ...credereHeaders(), 'content-type': 'application/json' }, raw });
    const { body } = await mock.call('GET', '/__admin/requests');
    const customer = body.requests[0].request.body.customer;
    expect(customer).toMatchObject({ income_cents: '4000***********0018', cnh: '***.***.***-25', cpf: '***.***.***-25' });
  });

  it('masks a 19-digit PAN in headers and a text body', async () => {
    const headers = { ...credereHeaders(), 'x-card': 'pan 4000970100000000018', 'content-type': 'text/plain' };
    await mock.call('POST', `${C}/customers`, { headers, raw: 'card 4000 9701 0000 0000 018 and cpf 529982247-25' });
    const text = await journalText(mock);
    expect(text).toContain('4000***********0018');
    for (const secret of ['4000970100000000018', '52998224725']) expect(showsInFull(text, secret), text).toBe(false);
  });

  it('shows 19-digit customer numbers masked like card numbers, their filters still on the request as sent', async () => {
    await mock.call('GET', `${C}/customers/9700000000000001234`, { headers: credereHeaders() });
    const { body } = await mock.call('GET', '/__admin/requests?path=9700000000000001234');
    expect(body.requests.map((r: { path: string }) => r.path)).toEqual(['/credere/api/v1/customers/9700***********1234']);
  });
});

// Property: whatever the spelling and wherever it is sent, no card number or document reaches the journal in full.
const digit = fc.constantFrom(...'0123456789');
const digitsOf = (min: number, max: number) => fc.array(digit, { minLength: min, maxLength: max }).map((d) => d.join(''));
const withLuhn = (payload: string) => payload + luhnCheckDigit(payload);
const cardNumber = fc.oneof(digitsOf(13, 19), digitsOf(12, 18).map(withLuhn));
const cpf = digitsOf(9, 9).filter((b) => !/^(\d)\1+$/.test(b)).map((b) => b + cpfCheckDigits(b));
const cnpj = digitsOf(12, 12).filter((b) => !/^(\d)\1+$/.test(b)).map((b) => b + cnpjCheckDigits(b));
/** A secret and the fewest digits it keeps as a JSON number to still be one (a number drops leading zeros). */
const secretDigits = fc.oneof(cardNumber.map((d) => ({ d, asNumber: 13 })), cpf.map((d) => ({ d, asNumber: 9 })), cnpj.map((d) => ({ d, asNumber: 12 })));

/** The digits as written: grouped by a separator (or in the document's format), some characters percent-encoded. */
function spelled(digits: string, groups: number, separator: string, encodeMask: number[]): string {
  const size = Math.max(1, Math.ceil(digits.length / groups));
  const parts = digits.match(new RegExp(`.{1,${size}}`, 'g')) ?? [digits];
  const text = parts.join(separator);
  return [...text].map((ch, i) => ((encodeMask[i % encodeMask.length] ?? 0) === 1 ? `%${ch.charCodeAt(0).toString(16).toUpperCase()}` : ch)).join('');
}
const secretForm = fc
  .record({ digits: secretDigits, groups: fc.integer({ min: 1, max: 5 }), separator: fc.constantFrom('', '-', '.', ' ', '/', '_'), encode: fc.array(fc.constantFrom(0, 0, 1), { minLength: 1, maxLength: 6 }) })
  .map(({ digits: { d, asNumber }, groups, separator, encode }) => ({ digits: d, asNumber, text: spelled(d, groups, separator, encode) }));
/** Text around the secret: anything printable, never a digit next to it (that would make it a longer number). */
const around = fc.string({ unit: fc.constantFrom(...'abcXYZ =:;,!()[]123-.') , maxLength: 8 });
const edge = fc.constantFrom(...'xyz =:;,!-.');
const context = fc.record({ before: around, b: edge, after: around, a: edge });

describe('journal masking, any spelling anywhere', () => {
  let mock: RunningMock;
  beforeEach(async () => {
    mock ??= await startMock({ journalSize: 50 });
  });

  it('never shows a card number, CPF or CNPJ in full, in paths, queries, headers or bodies', async () => {
    await fc.assert(
      fc.asyncProperty(secretForm, context, fc.nat(3), async (secret, { before, b, after, a }, where) => {
        await mock.call('DELETE', '/__admin/requests');
        const inText = `${before}${b}${secret.text}${a}${after}`;
        const headers = credereHeaders({ 'x-note': inText.trim() || secret.text });
        await mock.call('GET', `${C}/customers/${encodeURIComponent(inText)}?q=${secret.text}&n=${encodeURIComponent(inText)}`, { headers });
        const json = { customer: { name: inText, cpf: secret.text, nested: [{ note: inText }], [inText]: 1 } };
        const shown = Number(secret.digits).toString();
        const number = shown.length >= secret.asNumber ? `,"amount":${Number(secret.digits)},"raw":${secret.digits.replace(/^0+(?=\d)/, '')}` : '';
        const bodies = [
          { type: 'application/json', raw: JSON.stringify(json).replace(/}$/, `${number}}`) },
          { type: 'application/x-www-form-urlencoded', raw: `note=${encodeURIComponent(inText)}&cpf=${secret.text}` },
          { type: 'text/plain', raw: inText },
          { type: 'application/json', raw: `{"customer":{"name":"${inText.replace(/["\\]/g, '')}"` },
        ];
        const body = bodies[where] ?? bodies[0]!;
        await mock.call('POST', `${C}/customers`, { headers: { ...headers, 'content-type': body.type }, raw: body.raw });
        const text = await journalText(mock);
        if (showsInFull(text, secret.digits) || (number && showsInFull(text, shown))) {
          throw new Error(`${secret.digits} shown in full: ${text}`);
        }
      }),
      { numRuns: 300, seed: 13 },
    );
  }, 60_000);
});
