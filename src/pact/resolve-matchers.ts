type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The example value an inline matcher or generator stands for, or undefined when `node` is plain data. */
function exampleOf(node: JsonObject): { value: unknown } | undefined {
  // Pact V3/V4 DSL shapes (pact-js MatchersV3, pact-python v3): { "pact:matcher:type": "type", "value": … }.
  if ('pact:matcher:type' in node || 'pact:generator:type' in node) {
    if ('value' in node) return { value: node.value };
    if ('example' in node) return { value: node.example };
    if ('generate' in node) return { value: node.generate };
    return { value: undefined };
  }
  // Pact V2 Ruby/JS DSL shapes: Pact::SomethingLike, Pact::ArrayLike, Pact::Term.
  switch (node.json_class) {
    case 'Pact::SomethingLike':
      return { value: node.contents };
    case 'Pact::ArrayLike': {
      const min = typeof node.min === 'number' && node.min > 0 ? node.min : 1;
      return { value: Array.from({ length: min }, () => node.contents) };
    }
    case 'Pact::Term':
      return { value: isObject(node.data) ? node.data.generate : undefined };
    default:
      return undefined;
  }
}

/**
 * A copy of `value` where every inline matcher (V2 `json_class`, V3/V4 `pact:matcher:type`) and generator is
 * replaced by its example value. Pact files usually hold plain examples already; hand-written or DSL-dumped
 * bodies may not.
 * @example resolveMatchers({ id: { 'pact:matcher:type': 'type', value: 42 } }) // { id: 42 }
 */
export function resolveMatchers(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(resolveMatchers);
  if (!isObject(value)) return value;
  const example = exampleOf(value);
  if (example) return resolveMatchers(example.value);
  const out: JsonObject = {};
  for (const [key, item] of Object.entries(value)) out[key] = resolveMatchers(item);
  return out;
}
