/** A contract path such as `/customer/{accountNumber}/x` as a regex, with its parameter names in order. */
export type PathTemplate = { regex: RegExp; names: string[] };

/**
 * Compiles a path template; each `{name}` matches one non-empty segment.
 * @example pathTemplate('/customers/{id}').regex.test('/customers/7') // true
 */
export function pathTemplate(template: string): PathTemplate {
  const names: string[] = [];
  const pattern = template
    .split(/(\{[^}]+\})/)
    .map((piece) => {
      const param = /^\{([^}]+)\}$/.exec(piece);
      if (!param) return piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(param[1] as string);
      return '([^/]+)';
    })
    .join('');
  return { regex: new RegExp(`^${pattern}$`), names };
}

/** The decoded parameters of a match, or undefined when a segment is not valid percent-encoding. */
export function templateParams(template: PathTemplate, path: string): Record<string, string> | undefined {
  const match = template.regex.exec(path);
  if (!match) return undefined;
  const params: Record<string, string> = {};
  try {
    template.names.forEach((name, i) => (params[name] = decodeURIComponent(match[i + 1] as string)));
  } catch {
    return undefined;
  }
  return params;
}
