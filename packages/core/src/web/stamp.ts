/**
 * A base class whose constructor hands back the object it is given, so that a subclass's private
 * field is installed on that existing object.
 */
class Existing {
  constructor(target: object) {
    // biome-ignore lint/correctness/noConstructorReturn: returning the target is the point: it receives the field.
    return target as Existing;
  }
}

/** A value kept on objects we do not own (responses), invisible to everyone else. */
export interface Stamp<T> {
  /** The value kept on `target`, if any. */
  get(target: object): T | undefined;
  /** Keeps `value` on `target`, replacing any earlier one. */
  set(target: object, value: T): void;
}

/**
 * Creates a stamp: a private field put on existing objects. It costs what a property does, where
 * a `WeakMap` entry per response costs the garbage collector more than the request spends in the
 * adapter, and unlike a property no one else can see, enumerate or change it.
 */
export function createStamp<T>(): Stamp<T> {
  class Stamped extends Existing {
    #value: T;

    constructor(target: object, value: T) {
      super(target);
      this.#value = value;
    }

    static get(target: object): T | undefined {
      if (typeof target !== 'object' || target === null) return undefined;
      return #value in target ? (target as Stamped).#value : undefined;
    }

    static set(target: object, value: T): void {
      if (#value in target) (target as Stamped).#value = value;
      else new Stamped(target, value);
    }
  }
  return { get: Stamped.get, set: Stamped.set };
}
