/** Node flags the server runs with (see serverArgs.mjs). */
export declare const SERVER_NODE_ARGS: string[];
