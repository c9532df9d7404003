import type { CredereData } from './load-credere-data.js';

/** How a message names a bank code: `Itaú (341)`, or the code alone when GET /banks does not list it. */
export type BankNamer = (code: string) => string;

/** Names codes by themselves (where no bank list is at hand). */
export const codeOnly: BankNamer = (code) => code;

/**
 * Names a bank by its trade name and code, from GET /banks.
 * @example bankNamer(data)('341') // 'Itaú (341)'
 */
export function bankNamer(data: Pick<CredereData, 'banksByCode'>): BankNamer {
  return (code) => {
    const bank = data.banksByCode.get(code);
    return bank ? `${bank.tradename} (${code})` : code;
  };
}

/**
 * Bank codes in the one order every message and detail uses: numeric codes by number, then slugs
 * alphabetically, ignoring case (`033`, `341`, `fontecred`, `M22`, `moneyplus`).
 * @example sortBankCodes(['moneyplus', '341', '033']) // ['033', '341', 'moneyplus']
 */
export function sortBankCodes(codes: Iterable<string>): string[] {
  return [...codes].sort((a, b) => a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' }));
}
