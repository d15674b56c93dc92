import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { constrainToFormat, minimalInstance } from './format';

describe('structured output', () => {
  it('passes JSON through and turns plain text into {} under format "json"', () => {
    expect(constrainToFormat('{"a":1}', 'json')).toBe('{"a":1}');
    expect(constrainToFormat('Sure! Here you go', 'json')).toBe('{}');
    expect(constrainToFormat('plain', undefined)).toBe('plain');
  });

  it('builds the smallest instance a schema allows', () => {
    const schema = z.toJSONSchema(
      z.object({ speaker: z.enum(['mirror', 'veteran']), confidence: z.number().min(0.5), tags: z.array(z.string()), note: z.string().optional() }),
    );
    const value = JSON.parse(constrainToFormat('not json', schema)) as unknown;
    expect(value).toEqual({ speaker: 'mirror', confidence: 0.5, tags: [] });
    expect(minimalInstance({ type: 'boolean' })).toBe(false);
  });
});
