// The Hocuspocus peer for the bench: @hocuspocus/server with its SQLite extension, storing a
// document 2 s after its last change and at least every 10 s, logging nothing. PORT and
// BENCH_SQLITE from the environment.
import { SQLite } from '@hocuspocus/extension-sqlite';
import { Server } from '@hocuspocus/server';

const server = new Server({
  port: Number(process.env.PORT),
  address: '127.0.0.1',
  debounce: 2000,
  maxDebounce: 10000,
  quiet: true,
  extensions: [new SQLite({ database: process.env.BENCH_SQLITE })],
});
await server.listen();
