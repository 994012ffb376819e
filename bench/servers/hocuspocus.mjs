// The Hocuspocus peer for the bench: @hocuspocus/server with its SQLite extension, the settings
// BENCH.md asks for (debounce 2 s, max 10 s, quiet). PORT and BENCH_SQLITE from the environment.
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
