import { isValidCnpj } from '../numbers/cnpj.js';
import { isValidCpf } from '../numbers/cpf.js';
import { isLuhnValid } from '../numbers/luhn.js';

/** A percent sign, itself percent-encoded any number of times (`%`, `%25`, `%2525`): double-encoded URLs too. */
const PERCENT = '%(?:25)*';
/** A digit, as written or percent-encoded (`%34` is `4`). */
const DIGIT = `(?:\\d|${PERCENT}3\\d)`;
/** What people put between groups of digits: space, tab, `.`, `-`, `/`, `_`, `+` (a space in a query), or those percent-encoded. */
const SEPARATOR = `(?:[ \\t.\\-/_+]|${PERCENT}(?:09|2[0BDEFbdef]|5[Ff]))`;
/** A run of digits, at most one separator between two of them. Linear: digits and separators never overlap. */
const RUN = new RegExp(`${DIGIT}(?:${SEPARATOR}?${DIGIT})*`, 'g');
const UNIT = new RegExp(`${DIGIT}|${SEPARATOR}`, 'gy');
const ONE_DIGIT = new RegExp(`^${DIGIT}$`);

type Unit = { text: string; digit: string | undefined };

function unitsOf(run: string): Unit[] {
  if (!run.includes('%')) return Array.from(run, (ch) => ({ text: ch, digit: ch >= '0' && ch <= '9' ? ch : undefined }));
  return [...run.matchAll(UNIT)].map(([text]) => ({ text, digit: ONE_DIGIT.test(text) ? text.at(-1) : undefined }));
}

/** The run with every digit starred but the first `head` and the last `tail`; separators (and their spelling) kept. */
function starred(units: Unit[], head: number, tail: number): string {
  const total = units.filter((u) => u.digit !== undefined).length;
  let seen = 0;
  return units
    .map((unit) => {
      if (unit.digit === undefined) return unit.text;
      seen++;
      return seen <= head || seen > total - tail ? unit.text : '*';
    })
    .join('');
}

/** The decoded shape of a run: digits as `9`, separators decoded (`529%2E982` → `999.999`). */
function shapeOf(units: Unit[]): string {
  return units.map((u) => (u.digit !== undefined ? '9' : decodeURIComponent(u.text.replace(/^%(?:25)*/, '%')))).join('');
}

const CPF_SHAPE = '999.999.999-99';
const CNPJ_SHAPE = '99.999.999/9999-99';

function maskRun(run: string): string {
  // Fewer than 11 characters hold fewer than 11 digits: nothing to mask (most runs: ids, dates, times).
  if (run.length < 11) return run;
  const units = unitsOf(run);
  const digits = units.map((u) => u.digit ?? '').join('');
  if (digits.length === 11 && (isValidCpf(digits) || shapeOf(units) === CPF_SHAPE)) return `***.***.***-${digits.slice(-2)}`;
  if (digits.length === 14 && (isValidCnpj(digits) || shapeOf(units) === CNPJ_SHAPE)) return `**.***.***/****-${digits.slice(-2)}`;
  if (digits.length >= 13 || (digits.length === 12 && isLuhnValid(digits))) return starred(units, 4, 4);
  // A CPF with one more digit next to it, across a separator (`1 529.982.247-25`).
  if (digits.length === 12 && (isValidCpf(digits.slice(0, 11)) || isValidCpf(digits.slice(1)))) return starred(units, 0, 2);
  return run;
}

/**
 * Masks card numbers and documents inside free text (URLs, headers, log lines), whatever their spelling: digits
 * grouped by spaces, dots, dashes, slashes or underscores, and percent-encoded (once or more). A run of 13 or more
 * digits, or 12 passing the Luhn check, keeps its first and last 4 (`4000-****-****-0013`); a CPF (valid, or in
 * the CPF format) becomes `***.***.***-25`, and a CNPJ keeps only its last 2 digits. 19-digit customer and account numbers
 * look like 19-digit PANs and are masked like them.
 * @example maskText('/x?pan=4000970100000000018&cpf=529%2E982%2E247-25') // '/x?pan=4000***********0018&cpf=***.***.***-25'
 */
export function maskText(text: string): string {
  // Most strings hold no digit at all (names, keys): a plain scan answers them.
  return /\d/.test(text) ? text.replace(RUN, maskRun) : text;
}
