/** A config file as fetched: its text, or why it could not be read. */
export type ConfigFile = { readonly text: string } | { readonly problem: string };

/**
 * Fetches the config at `url`. It lives in the main chunk so the request
 * starts at once, in parallel with the banner and the config code.
 */
export async function fetchConfigFile(url: string): Promise<ConfigFile> {
  try {
    const response = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
    if (!response.ok) return { problem: `could not be loaded (HTTP ${response.status})` };
    return { text: await response.text() };
  } catch (error) {
    return { problem: `could not be loaded (${String(error)})` };
  }
}
