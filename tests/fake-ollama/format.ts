/**
 * Structured output. Ollama constrains sampling with a grammar when `format` is "json" or a JSON
 * schema, so the model cannot produce anything but JSON. The fake's script may still return plain
 * text; then the fake does what a constrained model effectively does and answers with the smallest
 * valid value: `{}` for "json", and for a schema a minimal instance (required properties filled with
 * "", 0, false, [], the first enum value…). A script that returns valid JSON is passed through
 * unchanged (it is not checked against the schema, so tests can also send malformed objects).
 */

/** The request's `format`: absent, "json", or a JSON schema object. */
export type OutputFormat = string | Readonly<Record<string, unknown>> | undefined;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The smallest value a grammar built from this schema would accept. */
export function minimalInstance(schema: unknown, depth = 0): unknown {
  if (!isRecord(schema) || depth > 32) return null;
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const options = schema[key];
    if (Array.isArray(options) && options.length > 0) return minimalInstance(options[0], depth + 1);
  }
  const type = Array.isArray(schema.type) ? (schema.type as unknown[])[0] : schema.type;
  switch (type) {
    case 'string':
      return '';
    case 'number':
    case 'integer':
      return typeof schema.minimum === 'number' ? schema.minimum : 0;
    case 'boolean':
      return false;
    case 'null':
      return null;
    case 'array': {
      const min = typeof schema.minItems === 'number' ? schema.minItems : 0;
      return Array.from({ length: min }, () => minimalInstance(schema.items, depth + 1));
    }
    default: {
      const properties = isRecord(schema.properties) ? schema.properties : {};
      const required = Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === 'string') : [];
      return Object.fromEntries(required.map((name) => [name, minimalInstance(properties[name], depth + 1)]));
    }
  }
}

const isJson = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** True when `format` asks for structured output. */
export const wantsStructuredOutput = (format: OutputFormat): boolean => (typeof format === 'string' ? format !== '' : format !== undefined);

/** The reply text as a format-constrained model would produce it. */
export function constrainToFormat(text: string, format: OutputFormat): string {
  if (!wantsStructuredOutput(format) || isJson(text)) return text;
  if (typeof format === 'string') return '{}';
  return JSON.stringify(minimalInstance(format));
}
