import { zod } from './zod.js';

/**
 * A schema built the first time anything touches it, so that importing fazhi builds none (zod's construction of the
 * ~40 exported schemas is most of what evaluating fazhi's modules costs). The value is a Proxy that hands every
 * operation to the built schema: `.parse`, `.shape`, `.extend`, `instanceof z.ZodObject` (zod checks instances by
 * their traits) and nesting in other schemas behave as on the schema itself.
 *
 * @param build - builds the schema from zod's `z` (called once)
 * @returns a stand-in for the schema
 * @example
 * ```ts
 * const NameSchema = lazySchema((z) => z.string().min(1));
 * NameSchema.parse('x'); // builds it, then parses
 * ```
 */
export function lazySchema<T extends object>(build: (z: ReturnType<typeof zod>) => T): T {
  let built: T | undefined;
  const schema = (): T => {
    built ??= build(zod());
    return built;
  };
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(schema(), key),
    set: (_, key, value) => Reflect.set(schema(), key, value),
    has: (_, key) => Reflect.has(schema(), key),
    ownKeys: () => Reflect.ownKeys(schema()),
    // Reported configurable: the proxy's own (empty) target must not be said to lack a fixed property.
    getOwnPropertyDescriptor: (_, key) => {
      const d = Reflect.getOwnPropertyDescriptor(schema(), key);
      return d && { ...d, configurable: true };
    },
    defineProperty: (_, key, d) => Reflect.defineProperty(schema(), key, d),
    deleteProperty: (_, key) => Reflect.deleteProperty(schema(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
  });
}
