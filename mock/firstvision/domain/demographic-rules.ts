import { ensure } from './ensure.js';
import type { Demographics } from './firstvision-records.js';

/** A contact flag 1 or 2 needs its entry (Customer Add field names). */
const CONTACT_RULES: Array<[flag: string, value: string, code: string]> = [
  ['homePhoneFlag', 'homePhoneNumber', 'VPL5SGC44E'],
  ['faxPhoneFlag', 'homeFaxPhoneNumber', 'VPL5SGC45E'],
  ['mobilePhoneFlag', 'mobilePhoneNumber', 'VPL5SGC46E'],
  ['emailFlag', 'email', 'VPL5SGC47E'],
];
/** At most one of these may be 2 (the preferred channel). */
const PREFERRED_FLAGS = ['homePhoneFlag', 'employerPhoneFlag', 'faxPhoneFlag', 'mobilePhoneFlag', 'emailFlag'];

/**
 * Checks the VisionPLUS demographic edits that the fields in `changes` touch; `next` is the record once they apply
 * (on Customer Add both are the sent demographics). A rule whose fields are not sent is not checked, so a record
 * that breaks it (loaded by a scenario, say) never blocks an unrelated update.
 * Codes (customerUpdate catalogue, borrowed by customerAdd): VPL5SGC44E-47E, VPL5SGC42E, VPL5SGC53E.
 * @example checkDemographics({ emailFlag: 2 }, { emailFlag: 2, homePhoneFlag: 2 }, '2025-01-01') // throws VPL5SGC42E
 */
export function checkDemographics(changes: Demographics, next: Demographics, today: string): void {
  for (const [flag, value, code] of CONTACT_RULES) {
    const set = changes[flag] === 1 || changes[flag] === 2;
    ensure(!set || next[value] !== undefined, code, `${flag} ${changes[flag]} needs ${value}`);
  }
  if (PREFERRED_FLAGS.some((flag) => changes[flag] === 2)) {
    const preferred = PREFERRED_FLAGS.filter((flag) => next[flag] === 2);
    ensure(preferred.length <= 1, 'VPL5SGC42E', `only one contact channel may be preferred (${preferred.join(', ')})`);
  }
  const birth = changes.dateOfBirth;
  ensure(typeof birth !== 'string' || birth < today, 'VPL5SGC53E', `date of birth ${birth} is not in the past`);
}
