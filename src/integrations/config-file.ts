/** A config file as fetched: its text, or why it could not be read. */
export type ConfigFile = { readonly text: string } | { readonly problem: string };

/**
 * Fetches the config at `url`. It lives in the main chunk so the request
 * starts at once, in parallel with the banner and the config code.
 * `no-cache` revalidates with the server on every page view (ETag or
 * Last-Modified: a 304 costs no body), so an edit is live on the next one.
 * Another origin's file needs `Access-Control-Allow-Origin` on its response;
 * no cookies are sent there.
 */
export async function fetchConfigFile(url: string): Promise<ConfigFile> {
  try {
    const response = await fetch(url, {
      cache: 'no-cache',
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) return { problem: `could not be loaded (HTTP ${response.status})` };
    return { text: await response.text() };
  } catch (error) {
    return { problem: `could not be loaded (${String(error)}; another origin must allow it with CORS)` };
  }
}
