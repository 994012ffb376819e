import { trackBusy } from './busy.ts';
import { ApiError, failure } from './http.ts';

/** The file name a `content-disposition` header gives (the UTF-8 form first), if any. */
export function fileNameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const encoded = utf8?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded.trim());
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  return /filename="([^"]*)"/i.exec(disposition)?.[1] ?? undefined;
}

/**
 * Downloads a file of our API (an export, the minutes, a comparison) with the session cookie
 * and saves it under the name the server gives. Fetched rather than followed as a plain link,
 * so the page knows while it runs (the top bar, the busy button) and can show a refusal
 * (`{ error }` body) as an {@link ApiError} instead of the browser's failed download.
 */
export function downloadFile(url: string): Promise<void> {
  return trackBusy(async () => {
    let response: Response;
    try {
      response = await fetch(url, { credentials: 'same-origin' });
    } catch {
      throw new ApiError(0, 'network', '', '');
    }
    if (!response.ok) {
      throw failure(response.status, await response.json().catch(() => null), url);
    }
    const blob = await response.blob();
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = fileNameOf(response.headers.get('content-disposition')) ?? '';
    document.body.append(link);
    link.click();
    link.remove();
    // The browser has taken the file once the click is handled; keep the URL a moment anyway.
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  });
}
