// Sepakat's service worker: keeps the app shell (index.html and the built assets) on this
// device so that the editor opens again after a reload or a crash while the server cannot be
// reached; what was typed offline is then read back from IndexedDB (y-indexeddb) and synced
// when the connection returns. API data is kept by the page itself (client/src/app/offlineCopy.ts);
// this worker never touches /api, /collab or anything that is not a GET.

const SHELL = 'sepakat-shell-v1';
const INDEX = '/';
const ASSET = /^\/assets\//;

/** Asset paths a text refers to: "/assets/x.js", "assets/x.css" or, inside a chunk, "./x.js". */
function assetRefs(text) {
  const refs = new Set();
  for (const m of text.matchAll(/\/?assets\/([\w.-]+\.(?:js|css))/g)) refs.add(`/assets/${m[1]}`);
  for (const m of text.matchAll(/["'`]\.\/([\w.-]+\.(?:js|css))["'`]/g)) refs.add(`/assets/${m[1]}`);
  return refs;
}

/** From the cache, else from the network (stored for next time); null when neither has it. */
async function cachedAsset(cache, path) {
  const hit = await cache.match(path);
  if (hit) return hit;
  const response = await fetch(path, { credentials: 'same-origin' });
  if (!response.ok) return null;
  await cache.put(path, response.clone());
  return response;
}

/**
 * Stores index.html and every asset reachable from it (chunks name the chunks they load), and
 * drops assets of earlier builds that nothing refers to any more.
 */
async function keepShell(indexResponse) {
  const cache = await caches.open(SHELL);
  const html = await indexResponse.clone().text();
  await cache.put(INDEX, indexResponse);
  const reachable = new Set();
  const queue = [...assetRefs(html)];
  while (queue.length > 0) {
    const path = queue.shift();
    if (reachable.has(path)) continue;
    reachable.add(path);
    const response = await cachedAsset(cache, path).catch(() => null);
    if (response && path.endsWith('.js')) {
      for (const ref of assetRefs(await response.clone().text())) queue.push(ref);
    }
  }
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (ASSET.test(path) && !reachable.has(path)) await cache.delete(request);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    fetch(INDEX, { credentials: 'same-origin' })
      .then((response) => (response.ok ? keepShell(response) : undefined))
      .catch(() => undefined)
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

/** Network first (so a new build shows at once), the kept shell when the server is unreachable. */
async function navigate(event) {
  try {
    const response = await fetch(event.request);
    const type = response.headers.get('content-type') ?? '';
    // Only the app's own page: a download (.docx export) is also a navigation.
    if (response.ok && type.includes('text/html')) event.waitUntil(keepShell(response.clone()));
    return response;
  } catch (error) {
    const kept = await caches.match(INDEX, { cacheName: SHELL });
    if (kept) return kept;
    throw error;
  }
}

/** Built assets have content hashes in their names: the kept copy is always right. */
async function asset(request) {
  const cache = await caches.open(SHELL);
  const hit = await cache.match(request, { ignoreSearch: true });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(new URL(request.url).pathname, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate' && !url.pathname.startsWith('/api/')) {
    event.respondWith(navigate(event));
  } else if (ASSET.test(url.pathname)) {
    event.respondWith(asset(request));
  }
});
