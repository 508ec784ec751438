/** A port on 127.0.0.1 that was just free: connecting to it is refused until someone listens. */
export declare function closedPort(): Promise<number>;
