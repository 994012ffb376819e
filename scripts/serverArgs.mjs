// Node flags the server runs with, by `npm start` and by the bench alike.
//
// A larger young generation (32 MiB semi-spaces instead of V8's 16): every update, message and
// caret allocates short-lived objects, and under load the scavenges a small young generation
// forces take a share of the server's time that 32 MiB nearly halves, for ~30 MiB more memory
// at most; 64 MiB gains little more and doubles the longest pause (the runs: docs/SPEED.md).
export const SERVER_NODE_ARGS = ['--max-semi-space-size=32'];
