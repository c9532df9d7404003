type Json = Record<string, unknown>;

/** Demographic Inquiry's names (nested ones by `group.field`) for Customer Add's, where they differ. */
const RENAMED: Record<string, string> = {
  'carrierRoute.carrierRoute1and2': 'carrierRoute1And2',
  'carrierRoute.carrierRoute3and4': 'carrierRoute3And4',
  mailingList: 'mailingListIndicator',
  w9DateFiled: 'dateOfFile',
  employerExtensionPhoneNumber: 'employerPhoneExtension',
};
/** What the inquiry shows that is not a demographic: derived, or the record's own bookkeeping. */
const SKIPPED = new Set(['sequence', 'countryName', 'accountCardNumber', 'userfield', 'demofield', 'w9Indicator', 'w9DateSent', 'nameAddressData.cityAndState']);
const GROUPS = new Set(['carrierRoute', 'driverLicense', 'nameTypeIndicator', 'nameAddressData']);

/**
 * One person of a Demographic Inquiry answer (`nameAddrData[i]`) as Customer Add demographics: nested groups
 * flattened, renamed fields back to their Customer Add names, the city taken from `cityAndState`. Blank fields
 * are kept: the recording must show them blank, not faked.
 */
export function inquiryDemographics(entry: Json): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  const put = (path: string, value: unknown): void => {
    if (SKIPPED.has(path) || (typeof value !== 'string' && typeof value !== 'number')) return;
    out[RENAMED[path] ?? path.split('.').at(-1) ?? path] = value;
  };
  for (const [key, value] of Object.entries(entry)) {
    if (GROUPS.has(key) && value !== null && typeof value === 'object') {
      for (const [inner, innerValue] of Object.entries(value as Json)) put(`${key}.${inner}`, innerValue);
    } else put(key, value);
  }
  const address = (entry.nameAddressData ?? {}) as Json;
  const cityAndState = typeof address.cityAndState === 'string' ? address.cityAndState : '';
  const state = typeof address.state === 'string' ? address.state : '';
  out.city = state && cityAndState.endsWith(` ${state}`) ? cityAndState.slice(0, -state.length - 1) : cityAndState;
  return out;
}
