import fc from 'fast-check';

/**
 * Random bytes (up to `maxLength`) under any of `names`: an upload of anything at all, as the
 * report reader meets it (its extension, or none, is all it has to go on). `[bytes, name]`.
 */
export function randomNamedBytes(
  maxLength: number,
  names: readonly string[],
): fc.Arbitrary<[Uint8Array, string]> {
  return fc.tuple(fc.uint8Array({ maxLength }), fc.constantFrom(...names));
}
