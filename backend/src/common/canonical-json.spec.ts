import { canonicalJson } from './canonical-json';

describe('canonical JSON', () => {
  it('writes equal values the same way, whatever the order of their keys', () => {
    const one = { b: 1, a: { d: [3, { f: null, e: 'x' }], c: true } };
    const other = { a: { c: true, d: [3, { e: 'x', f: null }] }, b: 1 };

    expect(canonicalJson(one)).toBe('{"a":{"c":true,"d":[3,{"e":"x","f":null}]},"b":1}');
    expect(canonicalJson(other)).toBe(canonicalJson(one));
  });

  it('keeps the order of arrays, which is part of the value', () => {
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });

  it('leaves out a key without a value, as its JSON copy does, and writes a missing item of an array as null', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe(
      canonicalJson(JSON.parse(JSON.stringify({ a: undefined, b: 1 }))),
    );
    expect(canonicalJson([undefined])).toBe('[null]');
  });
});
