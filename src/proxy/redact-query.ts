import { maskText } from '../mask/mask-text.js';

/**
 * A request URL as the proxy logs and journals it: the value of every personal query parameter (a name searched
 * for) replaced by `***`, then documents and card numbers masked as everywhere else.
 * @example redactQuery('/customers?name=Ana%20Souza&page=2', { name: 'name' }) // '/customers?name=***&page=2'
 */
export function redactQuery(url: string, personal: Readonly<Record<string, unknown>>): string {
  const at = url.indexOf('?');
  if (at < 0) return maskText(url);
  const pairs = url.slice(at + 1).split('&').map((pair) => {
    const equals = pair.indexOf('=');
    if (equals < 0) return pair;
    let key = pair.slice(0, equals);
    try {
      key = decodeURIComponent(key.replace(/\+/g, ' '));
    } catch {
      // a key that does not decode is compared as written
    }
    return Object.hasOwn(personal, key) ? `${pair.slice(0, equals)}=***` : pair;
  });
  return maskText(`${url.slice(0, at)}?${pairs.join('&')}`);
}
