// Node flags the server runs with, by `npm start` and by the bench alike.
//
// A larger young generation (32 MiB semi-spaces instead of V8's 16): every update, message and
// caret allocates short-lived objects, and with 200 documents being edited the scavenges that
// a small young generation forces took 7–8 % of the server's time (4–5 % with 32 MiB), for
// ~30 MiB more memory at most. 64 MiB gained little more and doubled the longest pause.
export const SERVER_NODE_ARGS = ['--max-semi-space-size=32'];
